/**
 * The referral benchmark behind {@code ./orientation bench referrals}: creations per second and latency of
 * {@code POST /api/referrals}, straight to referral-service and through the gateway, in the same run. Main classes,
 * not tests: Surefire never runs them.
 */
package fr.inclusion.orientation.referral.bench;
