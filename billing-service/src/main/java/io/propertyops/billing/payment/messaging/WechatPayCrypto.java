package io.propertyops.billing.payment.messaging;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/**
 * The cryptography of WeChat Pay API v3, with the JDK alone:
 * <ul>
 *   <li>a request is signed SHA256withRSA with the merchant's private key over {@code METHOD\nPATH?QUERY\ntimestamp\n
 *       nonce\nbody\n} (every line ends in a newline, the last too; a GET's body is empty), and the signature sent as
 *       {@code Authorization: WECHATPAY2-SHA256-RSA2048 mchid="…",nonce_str="…",signature="…",timestamp="…",
 *       serial_no="…"};</li>
 *   <li>a response or a notification is signed by WeChat Pay over {@code timestamp\nnonce\nbody\n}, the values in
 *       {@code Wechatpay-Timestamp}, {@code Wechatpay-Nonce}, {@code Wechatpay-Signature} (Base64) and the key's serial
 *       in {@code Wechatpay-Serial};</li>
 *   <li>a notification's {@code resource} is AEAD_AES_256_GCM: key the APIv3 key's UTF-8 bytes, IV the resource's
 *       {@code nonce}, additional data its {@code associated_data}, and the Base64 ciphertext ending in the 16-byte
 *       tag.</li>
 * </ul>
 */
final class WechatPayCrypto {

    static final String SCHEMA = "WECHATPAY2-SHA256-RSA2048";
    private static final int TAG_BITS = 128;

    private WechatPayCrypto() {
    }

    static String requestMessage(String method, String pathAndQuery, long timestamp, String nonce, String body) {
        return method + "\n" + pathAndQuery + "\n" + timestamp + "\n" + nonce + "\n" + (body == null ? "" : body) + "\n";
    }

    static String responseMessage(String timestamp, String nonce, String body) {
        return timestamp + "\n" + nonce + "\n" + body + "\n";
    }

    static String authorization(String mchid, String serial, PrivateKey key, String method, String pathAndQuery,
                                long timestamp, String nonce, String body) {
        String signature = sign(key, requestMessage(method, pathAndQuery, timestamp, nonce, body));
        return SCHEMA + " mchid=\"" + mchid + "\",nonce_str=\"" + nonce + "\",signature=\"" + signature
                + "\",timestamp=\"" + timestamp + "\",serial_no=\"" + serial + "\"";
    }

    static String sign(PrivateKey key, String message) {
        try {
            Signature signer = Signature.getInstance("SHA256withRSA");
            signer.initSign(key);
            signer.update(message.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(signer.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot sign with the merchant key", e);
        }
    }

    static boolean verify(PublicKey key, String message, String signature) {
        try {
            Signature verifier = Signature.getInstance("SHA256withRSA");
            verifier.initVerify(key);
            verifier.update(message.getBytes(StandardCharsets.UTF_8));
            return verifier.verify(Base64.getDecoder().decode(signature));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    /** @return the plaintext, or null when the ciphertext does not open with this key, nonce and data */
    static String decrypt(byte[] apiV3Key, String associatedData, String nonce, String ciphertext) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(apiV3Key, "AES"),
                    new GCMParameterSpec(TAG_BITS, nonce.getBytes(StandardCharsets.UTF_8)));
            if (associatedData != null) {
                cipher.updateAAD(associatedData.getBytes(StandardCharsets.UTF_8));
            }
            return new String(cipher.doFinal(Base64.getDecoder().decode(ciphertext)), StandardCharsets.UTF_8);
        } catch (AEADBadTagException | IllegalArgumentException e) {
            return null;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-256-GCM is not available", e);
        }
    }

    static String encrypt(byte[] apiV3Key, String associatedData, String nonce, String plaintext) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(apiV3Key, "AES"),
                    new GCMParameterSpec(TAG_BITS, nonce.getBytes(StandardCharsets.UTF_8)));
            if (associatedData != null) {
                cipher.updateAAD(associatedData.getBytes(StandardCharsets.UTF_8));
            }
            return Base64.getEncoder().encodeToString(cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-256-GCM is not available", e);
        }
    }

    static PrivateKey privateKey(Path pem) {
        try {
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der(Files.readString(pem),
                    "PRIVATE KEY", pem)));
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("Cannot read the merchant's private key (PKCS#8 PEM) from " + pem, e);
        }
    }

    static PublicKey publicKey(Path pem) {
        try {
            return KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(der(Files.readString(pem),
                    "PUBLIC KEY", pem)));
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("Cannot read the WeChat Pay public key (PEM) from " + pem, e);
        }
    }

    static X509Certificate certificate(Path pem) {
        try {
            return (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(Files.readAllBytes(pem)));
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("Cannot read the WeChat Pay platform certificate (PEM) from " + pem, e);
        }
    }

    /** A certificate's serial number as WeChat Pay writes it in {@code Wechatpay-Serial}: upper-case hex. */
    static String serialOf(X509Certificate certificate) {
        return certificate.getSerialNumber().toString(16).toUpperCase();
    }

    private static byte[] der(String pem, String type, Path from) {
        String begin = "-----BEGIN " + type + "-----";
        int start = pem.indexOf(begin);
        int end = pem.indexOf("-----END " + type + "-----");
        if (start < 0 || end < start) {
            throw new IllegalStateException(from + " holds no " + type + " in PEM");
        }
        return Base64.getMimeDecoder().decode(pem.substring(start + begin.length(), end));
    }
}
