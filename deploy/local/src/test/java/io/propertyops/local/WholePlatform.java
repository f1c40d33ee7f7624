package io.propertyops.local;

import java.nio.file.Path;
import java.time.Duration;

/** The whole platform of this repository for an end-to-end test: every part, on free ports, its data in {@code dataDir}. */
public final class WholePlatform {

    private WholePlatform() {
    }

    /** Started and healthy; close it when done. */
    public static LocalPlatform start(Path dataDir) {
        return LocalPlatform.builder()
                .repoRoot(LocalPlatform.defaultRepoRoot())
                .dataDir(dataDir)
                .ports(PortPlan.randomFree())
                .readyTimeout(Duration.ofSeconds(240))
                .build()
                .start();
    }
}
