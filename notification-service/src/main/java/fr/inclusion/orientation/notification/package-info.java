/**
 * notification-service: tells people what happened to the referrals that concern them. It consumes the referral
 * stream, keeps one in-app inbox per audience (a venue's staff, one user, a territory's coordinators) and pushes new
 * notifications live; by each person's preferences it also has e-mails and SMS sent at once or in a daily digest.
 * It reads the venue stream for the names and addresses of venues. It publishes nothing.
 */
package fr.inclusion.orientation.notification;
