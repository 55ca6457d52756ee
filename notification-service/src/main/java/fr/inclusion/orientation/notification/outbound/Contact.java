package fr.inclusion.orientation.notification.outbound;

/**
 * A person of the network as the directory knows them.
 *
 * @param userId      the identity provider's user id (the tokens' {@code sub})
 * @param displayName first and last name, for greetings
 * @param email       {@code null} when unknown
 * @param phone       mobile number in E.164 form, {@code null} when unknown
 */
public record Contact(String userId, String displayName, String email, String phone) {
}
