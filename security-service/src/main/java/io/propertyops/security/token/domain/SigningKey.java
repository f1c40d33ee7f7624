package io.propertyops.security.token.domain;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Objects;
import java.util.UUID;

/**
 * An RSA key tokens are signed with. Keys are numbered by generation: the newest signs, all published
 * ones verify, which leaves room for rotation.
 */
public record SigningKey(String keyId, long generation, RSAPublicKey publicKey, RSAPrivateKey privateKey, Instant createdAt) {

    static final int KEY_SIZE = 2048;

    public SigningKey {
        Objects.requireNonNull(keyId, "keyId");
        Objects.requireNonNull(publicKey, "publicKey");
        Objects.requireNonNull(privateKey, "privateKey");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    public static SigningKey generate(long generation, Instant now) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(KEY_SIZE);
            KeyPair pair = generator.generateKeyPair();
            return new SigningKey(UUID.randomUUID().toString(), generation,
                    (RSAPublicKey) pair.getPublic(), (RSAPrivateKey) pair.getPrivate(), now.truncatedTo(ChronoUnit.MILLIS));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot generate an RSA signing key", e);
        }
    }

    public String encodedPublicKey() {
        return Base64.getEncoder().encodeToString(publicKey.getEncoded());
    }

    public String encodedPrivateKey() {
        return Base64.getEncoder().encodeToString(privateKey.getEncoded());
    }

    public static SigningKey decode(String keyId, long generation, String encodedPublicKey, String encodedPrivateKey, Instant createdAt) {
        try {
            KeyFactory rsa = KeyFactory.getInstance("RSA");
            RSAPublicKey publicKey = (RSAPublicKey) rsa.generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(encodedPublicKey)));
            RSAPrivateKey privateKey = (RSAPrivateKey) rsa.generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(encodedPrivateKey)));
            return new SigningKey(keyId, generation, publicKey, privateKey, createdAt);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("stored signing key " + keyId + " cannot be read", e);
        }
    }
}
