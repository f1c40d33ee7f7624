package io.propertyops.security.token.persistence;

import io.propertyops.security.token.application.SigningKeyStore;
import io.propertyops.security.token.domain.KeyRetirement;
import io.propertyops.security.token.domain.SigningKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * The signing keys in MongoDB (collection {@code signing_keys}), one document per generation. A key superseded by a
 * rotation is kept until its {@link KeyRetirement}, then deleted, so no replica publishes it any more.
 */
@Repository
class MongoSigningKeyStore implements SigningKeyStore {

    static final String COLLECTION = "signing_keys";

    private static final Logger log = LoggerFactory.getLogger(MongoSigningKeyStore.class);

    private final MongoOperations mongo;
    private final Clock clock;
    private final KeyRetirement retirement;

    MongoSigningKeyStore(MongoOperations mongo, Clock clock, KeyRetirement retirement) {
        this.mongo = mongo;
        this.clock = clock;
        this.retirement = retirement;
        // One document per generation: replicas that start together on an empty store race to insert
        // generation 1, the index lets exactly one of them win and the others read the winner's key.
        mongo.indexOps(SigningKeyDocument.class)
                .createIndex(new Index("generation", Sort.Direction.DESC).unique().named("generation_unique"));
    }

    @Override
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

    @Override
    public SigningKey rotate() {
        long next = keys().getFirst().generation() + 1;
        SigningKey key = SigningKey.generate(next, clock.instant());
        try {
            mongo.insert(SigningKeyDocument.of(key));
        } catch (DuplicateKeyException rotatedElsewhere) {
            return stored().getFirst();
        }
        mongo.updateMulti(Query.query(where("generation").lt(next).and("supersededAt").is(null)),
                Update.update("supersededAt", key.createdAt()), SigningKeyDocument.class);
        return key;
    }

    @Override
    public void retire() {
        Instant supersededBefore = retirement.supersededBefore(clock.instant());
        long retired = mongo.remove(Query.query(where("supersededAt").lt(supersededBefore)), SigningKeyDocument.class).getDeletedCount();
        if (retired > 0) {
            log.info("Retired {} signing key(s) superseded before {}", retired, supersededBefore);
        }
    }

    private List<SigningKey> stored() {
        return mongo.find(new Query().with(Sort.by(Sort.Direction.DESC, "generation")), SigningKeyDocument.class)
                .stream().map(SigningKeyDocument::toSigningKey).toList();
    }

    @Document(COLLECTION)
    record SigningKeyDocument(@Id String keyId, long generation, String algorithm, String publicKey, String privateKey, Instant createdAt,
                              Instant supersededAt) {

        static SigningKeyDocument of(SigningKey key) {
            return new SigningKeyDocument(key.keyId(), key.generation(), "RS256", key.encodedPublicKey(), key.encodedPrivateKey(), key.createdAt(),
                    null);
        }

        SigningKey toSigningKey() {
            return SigningKey.decode(keyId, generation, publicKey, privateKey, createdAt);
        }
    }
}
