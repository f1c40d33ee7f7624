package io.propertyops.security.token.persistence;

import com.mongodb.client.MongoClient;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.propertyops.security.SecurityServiceTest;
import io.propertyops.security.SignedTokens;
import io.propertyops.security.token.application.KeyRing;
import io.propertyops.security.token.domain.KeyRetirement;
import io.propertyops.security.token.domain.SigningKey;
import io.propertyops.testsupport.MutableClock;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class SigningKeyStoreTest extends SecurityServiceTest {

    @Autowired
    MongoClient mongoClient;

    @Autowired
    MongoTemplate serviceDatabase;

    @Autowired
    KeyRing keyRing;

    private static final Duration KEPT = Duration.ofMinutes(35);
    private static final KeyRetirement RETIREMENT = new KeyRetirement(KEPT);

    private final Clock clock = Clock.systemUTC();

    @Test
    void keyGeneratedAtFirstStartIsTheKeyLoadedAfterARestart() throws Exception {
        String database = freshDatabase();
        SigningKey firstStart = new MongoSigningKeyStore(new MongoTemplate(mongoClient, database), clock, RETIREMENT).keys().getFirst();

        SigningKey afterRestart = new MongoSigningKeyStore(new MongoTemplate(mongoClient, database), clock, RETIREMENT).keys().getFirst();

        assertThat(afterRestart.keyId()).isEqualTo(firstStart.keyId());
        assertThat(afterRestart.publicKey()).isEqualTo(firstStart.publicKey());
        assertThat(afterRestart.publicKey().getModulus().bitLength()).isEqualTo(2048);
        SignedJWT signedBeforeRestart = sign(firstStart);
        assertThat(signedBeforeRestart.verify(new RSASSAVerifier(afterRestart.publicKey()))).isTrue();
        assertThat(sign(afterRestart).verify(new RSASSAVerifier(firstStart.publicKey()))).isTrue();
    }

    @Test
    void replicasStartingTogetherOnAnEmptyStoreShareOneKey() throws Exception {
        String database = freshDatabase();
        List<Callable<String>> replicas = IntStream.range(0, 4)
                .<Callable<String>>mapToObj(i -> () -> new MongoSigningKeyStore(new MongoTemplate(mongoClient, database), clock, RETIREMENT).keys().getFirst().keyId())
                .toList();

        List<String> keyIds;
        try (ExecutorService executor = Executors.newFixedThreadPool(replicas.size())) {
            keyIds = executor.invokeAll(replicas).stream().map(SigningKeyStoreTest::result).toList();
        }

        assertThat(keyIds).hasSize(4).containsOnly(keyIds.getFirst());
        assertThat(new MongoTemplate(mongoClient, database).getCollection(MongoSigningKeyStore.COLLECTION).countDocuments()).isEqualTo(1);
    }

    @Test
    void aSupersededKeyIsRecordedAsSuchAndRetiredOnEveryReplicaOnceItsTokensHaveExpired() {
        String database = freshDatabase();
        MutableClock clock = new MutableClock(Instant.parse("2026-11-23T08:00:00Z"));
        KeyRing rotating = new KeyRing(new MongoSigningKeyStore(new MongoTemplate(mongoClient, database), clock, RETIREMENT), clock);
        KeyRing other = new KeyRing(new MongoSigningKeyStore(new MongoTemplate(mongoClient, database), clock, RETIREMENT), clock);
        SigningKey first = rotating.current().active();

        clock.advance(Duration.ofDays(30));
        SigningKey second = rotating.rotate();

        assertThat(stored(database, first.keyId()).getDate("supersededAt").toInstant()).isEqualTo(second.createdAt());
        assertThat(stored(database, second.keyId()).get("supersededAt")).isNull();
        clock.advance(KEPT);
        assertThat(other.current().all()).extracting(SigningKey::keyId).containsExactly(second.keyId(), first.keyId());
        assertThat(other.current().active().keyId()).isEqualTo(second.keyId());

        clock.advance(KeyRing.REFRESH.plusSeconds(1));
        assertThat(other.current().all()).extracting(SigningKey::keyId).containsExactly(second.keyId());
        assertThat(rotating.current().all()).extracting(SigningKey::keyId).containsExactly(second.keyId());
        assertThat(stored(database, first.keyId())).isNull();
    }

    @Test
    void runningServerSignsWithTheKeyStoredInItsDatabase() throws Exception {
        SigningKey stored = new MongoSigningKeyStore(serviceDatabase, clock, RETIREMENT).keys().getFirst();

        assertThat(keyRing.current().active().keyId()).isEqualTo(stored.keyId());
        assertThat(SignedTokens.publishedKeys(server()).getKeys()).extracting(JWK::getKeyID).containsExactly(stored.keyId());
    }

    private Document stored(String database, String keyId) {
        return new MongoTemplate(mongoClient, database).findById(keyId, Document.class, MongoSigningKeyStore.COLLECTION);
    }

    private static String freshDatabase() {
        return "signing_keys_test_" + UUID.randomUUID().toString().replace("-", "");
    }

    private static SignedJWT sign(SigningKey key) throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.keyId()).build(),
                new JWTClaimsSet.Builder().subject("someone").build());
        jwt.sign(new RSASSASigner(key.privateKey()));
        return jwt;
    }

    private static String result(Future<String> future) {
        try {
            return future.get();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
