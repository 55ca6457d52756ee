/**
 * Territory reference data shared by the features of referral-service: a commune's département (from its INSEE
 * code) and its EPCI (from the reference module's départements and those imported into venue-service, learnt from the
 * reference stream). It depends on no feature package; referrals, service levels and flows depend on it.
 */
package fr.inclusion.orientation.referral.territory;
