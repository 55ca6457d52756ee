package fr.inclusion.orientation.referral.lifecycle.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import fr.inclusion.orientation.referral.RunningReferralService;
import fr.inclusion.orientation.referral.config.CryptoProperties;
import fr.inclusion.orientation.referral.crypto.FieldCipher;
import fr.inclusion.orientation.referral.crypto.SealedValue;
import fr.inclusion.orientation.referral.lifecycle.domain.Contact;
import fr.inclusion.orientation.referral.lifecycle.domain.ContactChannel;
import fr.inclusion.orientation.referral.lifecycle.domain.Referral;
import fr.inclusion.orientation.referral.lifecycle.domain.ReferralDraft;
import fr.inclusion.orientation.referral.lifecycle.domain.Referrals;
import fr.inclusion.orientation.referral.lifecycle.domain.Resident;

/**
 * A key rotation: k2 becomes active beside k1, the job seals every field again with k2, the gauge falls to 0; the
 * way back (k1 active again) restores the store the other tests of this context read with k1 alone.
 */
class RetiredKeyResealingTest extends RunningReferralService {

    private static final String K2 = Base64.getEncoder().encodeToString(new byte[32]);

    @Autowired
    Referrals referrals;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    CryptoProperties crypto;

    @Test
    void afterARotationEveryFieldIsSealedAgainWithTheActiveKeyAndStillOpens() {
        String id = UUID.randomUUID().toString();
        referrals.add(Referral.send(id, new ReferralDraft("venue-1", ADMIN_HELP, null,
                new Resident("Josiane", new Contact(ContactChannel.PHONE, "06 12 34 56 78"), REVIGNY),
                List.of("free"), "Rappeler après 17h", LocalDate.of(2030, 1, 15), true, "v1"),
                "secretary-" + id, "key", Instant.parse("2026-12-05T09:00:00Z")));
        assertThat(keyOf(id, "resident.firstName")).isEqualTo("k1");
        String k1 = crypto.keys().get("k1");

        FieldCipher rotated = FieldCipher.fromBase64(Map.of("k1", k1, "k2", K2), "k2");
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        RetiredKeyResealing job = new RetiredKeyResealing(mongo, rotated, meters, Duration.ofHours(1));
        try {
            assertThat(job.reseal()).isGreaterThanOrEqualTo(3);

            for (String path : List.of("resident.firstName", "resident.contactValue", "note")) {
                assertThat(keyOf(id, path)).as(path).isEqualTo("k2");
            }
            assertThat(rotated.open(sealed(id, "resident.firstName"), id + "/resident.firstName")).isEqualTo("Josiane");
            assertThat(rotated.open(sealed(id, "resident.contactValue"), id + "/resident.contact.value"))
                    .isEqualTo("06 12 34 56 78");
            assertThat(rotated.open(sealed(id, "note"), id + "/note")).isEqualTo("Rappeler après 17h");
            assertThat(meters.get(RetiredKeyResealing.METER).gauge().value()).isEqualTo(0.0);
            assertThat(job.reseal()).isZero();

            // k2 withdrawn before its values were sealed again: nothing opens, nothing is changed, all are counted
            SimpleMeterRegistry after = new SimpleMeterRegistry();
            RetiredKeyResealing withoutK2 = new RetiredKeyResealing(mongo, FieldCipher.fromBase64(
                    Map.of("k1", k1), "k1"), after, Duration.ofHours(1));
            long holdingK2 = mongo.count(org.springframework.data.mongodb.core.query.Query.query(
                    org.springframework.data.mongodb.core.query.Criteria.where("resident.firstName.keyId").is("k2")),
                    ReferralDocument.COLLECTION);
            assertThat(withoutK2.reseal()).isZero();
            assertThat(keyOf(id, "note")).isEqualTo("k2");
            assertThat(after.get(RetiredKeyResealing.METER).gauge().value()).isGreaterThanOrEqualTo(holdingK2);
        } finally {
            new RetiredKeyResealing(mongo, FieldCipher.fromBase64(Map.of("k1", k1, "k2", K2), "k1"),
                    new SimpleMeterRegistry(), Duration.ofHours(1)).reseal();
        }
        assertThat(keyOf(id, "note")).isEqualTo("k1");
        assertThat(referrals.byId(id).orElseThrow().resident().firstName()).isEqualTo("Josiane");
    }

    private SealedValue sealed(String id, String path) {
        Document value = mongo.findById(id, Document.class, ReferralDocument.COLLECTION)
                .getEmbedded(List.of(path.split("\\.")), Document.class);
        return new SealedValue(value.getString("keyId"), value.getString("data"));
    }

    private String keyOf(String id, String path) {
        return sealed(id, path).keyId();
    }
}
