/**
 * Encryption at rest for confidential free text ("what is said in the set stays in the set"): {@link
 * org.learningsets.model.confidentiality.KeyRing} holds the AES-256 keys read from a key file outside the
 * database; {@link org.learningsets.model.confidentiality.TextCipher} turns text into the authenticated, versioned
 * string stored in its column and back. JDK cryptography only; no container needed.
 */
package org.learningsets.model.confidentiality;
