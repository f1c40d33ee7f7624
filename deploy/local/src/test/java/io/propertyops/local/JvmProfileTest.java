package io.propertyops.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The development and production JVM options, and the store's page cache sized for its heap. */
class JvmProfileTest {

    @TempDir
    Path dataDir;

    @Test
    void developmentStartsQuicklyAndProductionRunsTheFullJit() {
        for (JvmProfile profile : JvmProfile.values()) {
            boolean quick = profile == JvmProfile.DEVELOPMENT;
            assertThat(profile.service()).as("%s services", profile).contains(quick ? "-XX:+UseSerialGC" : "-XX:+UseParallelGC");
            assertThat(profile.service().contains("-XX:TieredStopAtLevel=1")).as("%s services C1 only", profile).isEqualTo(quick);
            assertThat(profile.kafka().contains("-XX:TieredStopAtLevel=1")).as("%s Kafka C1 only", profile).isEqualTo(quick);
            assertThat(profile.store()).as("%s store", profile).doesNotContain("-XX:TieredStopAtLevel=1");
        }
    }

    @Test
    void thePageCacheIsAQuarterOfTheHeapAndNeverBelowH2sDefault() {
        assertThat(EmbeddedMongo.cacheSizeMb(2L << 30)).isEqualTo(512);
        assertThat(EmbeddedMongo.cacheSizeMb(1L << 30)).isEqualTo(256);
        assertThat(EmbeddedMongo.cacheSizeMb(32L << 20)).isEqualTo(16);

        MVStore store = EmbeddedMongo.open(dataDir.resolve("cache.mv"), 1L << 30);
        try {
            assertThat(store.getCacheSize()).isEqualTo(256);
        } finally {
            store.close();
        }
    }

    @Test
    void theLauncherStartsTheStoreWithTheChosenProfile() throws Exception {
        try (LocalPlatform platform = LocalPlatform.builder().dataDir(dataDir).ports(PortPlan.randomFree())
                .only(LocalPlatform.MONGODB).jvmProfile(JvmProfile.PRODUCTION).readyTimeout(Duration.ofSeconds(60))
                .build().start()) {
            Path log = platform.logFile(LocalPlatform.MONGODB);

            assertThat(Files.readString(log)).contains(String.join(" ", JvmProfile.PRODUCTION.store()));
            Pattern cache = Pattern.compile("H2 page cache (\\d+) MB of a (\\d+) MB heap");
            Matcher logged = await().atMost(Duration.ofSeconds(10))
                    .until(() -> cache.matcher(Files.readString(log)), Matcher::find);
            int heapMb = Integer.parseInt(logged.group(2));
            assertThat(heapMb).as("the -Xmx2g of the profile (less a survivor space)").isBetween(1800, 2048);
            assertThat(Integer.parseInt(logged.group(1))).isEqualTo(heapMb / 4);
        }
    }
}
