package fr.inclusion.orientation.referral.crypto;

/**
 * A field encrypted at rest: the id of the key that sealed it (so keys can rotate while old data stays readable) and
 * base64 of {@code IV (12 bytes) || ciphertext || GCM tag (16 bytes)}.
 */
public record SealedValue(String keyId, String data) {
}
