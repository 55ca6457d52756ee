package fr.inclusion.orientation.notification.inbox.persistence;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import fr.inclusion.orientation.notification.inbox.domain.ReferralRouting;

@Document(ReferralRoutingDocument.COLLECTION)
record ReferralRoutingDocument(@Id String referralId, String secretaryId, String venueId, String need,
        String communeCode) {

    static final String COLLECTION = "referral_routings";

    static ReferralRoutingDocument of(ReferralRouting r) {
        return new ReferralRoutingDocument(r.referralId(), r.secretaryId(), r.venueId(), r.need(), r.communeCode());
    }

    ReferralRouting toDomain() {
        return new ReferralRouting(referralId, secretaryId, venueId, need, communeCode);
    }
}
