/** Encryption at rest of the resident's personal fields (AES-GCM, key id stored with each value for rotation). */
package fr.inclusion.orientation.referral.crypto;
