/**
 * Service levels of referrals: the venue's answer delay counted in French working days, the reminder at half time,
 * expiry at the limit with an escalation to the territory's coordinators, and the purge of residents' identity a
 * retention period after a referral ends. One scheduler works at a time (a lease in the store); every change it
 * makes is a single-document write guarded by the referral's version or status, so two instances never repeat it.
 * The referrals are read and written through their owner, the lifecycle ({@code Referrals}, {@code ReferralUpkeep});
 * the lifecycle asks for deadlines through its {@code AnswerDeadlinePolicy} port, so it does not depend on this
 * package.
 */
package fr.inclusion.orientation.referral.servicelevel;
