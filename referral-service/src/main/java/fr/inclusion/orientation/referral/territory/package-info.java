/**
 * Territory reference data shared by the features of referral-service: a commune's département (from its INSEE
 * code) and its EPCI (from the shipped commune→EPCI table). It depends on no feature package; referrals, service
 * levels and flows depend on it.
 */
package fr.inclusion.orientation.referral.territory;
