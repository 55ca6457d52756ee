/**
 * notification-service: tells people what happened to the referrals that concern them. It consumes the referral
 * stream, keeps one in-app inbox per audience (a venue's staff, one user) and pushes new notifications live.
 * It publishes nothing.
 */
package fr.inclusion.orientation.notification;
