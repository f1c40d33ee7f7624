package io.propertyops.security.token;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Query;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * The signing keys, kept in MongoDB (collection {@code signing_keys}) so that every replica and every restart
 * signs with the same key and tokens already handed out stay verifiable.
 */
public class SigningKeyStore {

    static final String COLLECTION = "signing_keys";

    private final MongoOperations mongo;
    private final Clock clock;

    public SigningKeyStore(MongoOperations mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
        // One document per generation: replicas that start together on an empty store race to insert
        // generation 1, the index lets exactly one of them win and the others read the winner's key.
        mongo.indexOps(SigningKeyDocument.class)
                .createIndex(new Index("generation", Sort.Direction.DESC).unique().named("generation_unique"));
    }

    /**
     * The stored keys, newest generation first; the first call on an empty store creates the first key.
     */
    public List<SigningKey> keys() {
        List<SigningKey> stored = stored();
        if (!stored.isEmpty()) {
            return stored;
        }
        SigningKey first = SigningKey.generate(1, clock.instant());
        try {
            mongo.insert(SigningKeyDocument.of(first));
            return List.of(first);
        } catch (DuplicateKeyException anotherReplicaWasFirst) {
            return stored();
        }
    }

    /** Adds the next generation, which becomes the signing key; a concurrent rotation elsewhere wins instead. */
    public SigningKey rotate() {
        long next = keys().getFirst().generation() + 1;
        SigningKey key = SigningKey.generate(next, clock.instant());
        try {
            mongo.insert(SigningKeyDocument.of(key));
            return key;
        } catch (DuplicateKeyException rotatedElsewhere) {
            return stored().getFirst();
        }
    }

    private List<SigningKey> stored() {
        return mongo.find(new Query().with(Sort.by(Sort.Direction.DESC, "generation")), SigningKeyDocument.class)
                .stream().map(SigningKeyDocument::toSigningKey).toList();
    }

    @Document(COLLECTION)
    record SigningKeyDocument(@Id String keyId, long generation, String algorithm, String publicKey, String privateKey, Instant createdAt) {

        static SigningKeyDocument of(SigningKey key) {
            return new SigningKeyDocument(key.keyId(), key.generation(), "RS256", key.encodedPublicKey(), key.encodedPrivateKey(), key.createdAt());
        }

        SigningKey toSigningKey() {
            return SigningKey.decode(keyId, generation, publicKey, privateKey, createdAt);
        }
    }
}
