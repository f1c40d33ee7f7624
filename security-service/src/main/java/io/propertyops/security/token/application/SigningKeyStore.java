package io.propertyops.security.token.application;

import io.propertyops.security.token.domain.SigningKey;

import java.util.List;

/**
 * The signing keys, kept where every replica and every restart finds them, so all sign with the same key and tokens
 * already handed out stay verifiable.
 */
public interface SigningKeyStore {

    /** The stored keys, newest generation first; the first call on an empty store creates the first key. */
    List<SigningKey> keys();

    /**
     * Adds the next generation, which becomes the signing key, and records that the previous ones were superseded
     * then; a concurrent rotation elsewhere wins instead.
     */
    SigningKey rotate();

    /** Deletes the keys superseded long enough ago that every token they signed has expired. */
    void retire();
}
