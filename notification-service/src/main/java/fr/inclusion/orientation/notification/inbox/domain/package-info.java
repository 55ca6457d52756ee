/**
 * Inbox rules without framework. The domain conforms to the published language of event-contracts (plain
 * records): the policy reads referral events directly, so that a new event type is a compile error in the
 * exhaustive switch rather than a silently ignored message.
 */
package fr.inclusion.orientation.notification.inbox.domain;
