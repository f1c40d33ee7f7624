package io.propertyops.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the platform refuses before it starts anything, and what it keeps between starts. */
class LocalPlatformPreflightTest {

    @TempDir
    Path repo;

    @TempDir
    Path dataDir;

    @Test
    void refusesToStartWhenARunnableJarIsMissing() {
        LocalPlatform platform = platformOf("ticket-service");

        assertThatThrownBy(platform::start)
                .isInstanceOf(LocalPlatformException.class)
                .hasMessageContaining(repo.resolve("ticket-service/target/ticket-service-*-exec.jar").toString())
                .hasMessageContaining("./mvnw -DskipTests install");
    }

    @Test
    void refusesToStartWhenAPortIsTaken() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            LocalPlatform platform = LocalPlatform.builder().repoRoot(repo).dataDir(dataDir)
                    .ports(PortPlan.randomFree().with(LocalPlatform.MONGODB, taken.getLocalPort()))
                    .only(LocalPlatform.MONGODB)
                    .build();

            assertThatThrownBy(platform::start)
                    .isInstanceOf(LocalPlatformException.class)
                    .hasMessageContaining("Ports already in use: " + taken.getLocalPort() + " (mongodb)")
                    .hasMessageContaining("MONGODB_URI");
        }
    }

    @Test
    void refusesToShareItsDataDirectoryWithAnotherLiveLauncher() throws IOException {
        ProcessHandle otherLauncher = ProcessHandle.current().parent().orElseThrow();
        long started = otherLauncher.info().startInstant().map(Instant::toEpochMilli).orElseThrow();
        Files.writeString(dataDir.resolve("pids"), "launcher " + otherLauncher.pid() + " " + started + "\n");

        assertThatThrownBy(platformOf(LocalPlatform.MONGODB)::start)
                .isInstanceOf(LocalPlatformException.class)
                .hasMessageContaining("Another launcher (pid " + otherLauncher.pid() + ")");
        assertThat(dataDir.resolve("pids")).as("the other launcher's pid file").exists();
    }

    @Test
    void generatesTheDemoClientSecretOnceAndKeepsIt() {
        assumeTrue(System.getenv(DemoSecrets.CLIENT_SECRET) == null, "the environment sets the secret");

        String first = platformOf(LocalPlatform.MONGODB).demoClientSecret();
        String again = platformOf(LocalPlatform.MONGODB).demoClientSecret();

        assertThat(first).hasSizeGreaterThanOrEqualTo(40).isEqualTo(again);
        assertThat(dataDir.resolve("secrets.properties")).content().contains(DemoSecrets.CLIENT_SECRET + "=" + first);
    }

    @Test
    void givenEnvironmentOverridesTheDemoSecrets() {
        LocalPlatform platform = LocalPlatform.builder().repoRoot(repo).dataDir(dataDir)
                .env(DemoSecrets.PASSWORD, "another-password")
                .env(DemoSecrets.CLIENT_SECRET, "another-secret")
                .build();

        assertThat(platform.demoPassword()).isEqualTo("another-password");
        assertThat(platform.demoClientSecret()).isEqualTo("another-secret");
        assertThat(dataDir.resolve("secrets.properties")).doesNotExist();
    }

    private LocalPlatform platformOf(String part) {
        return LocalPlatform.builder().repoRoot(repo).dataDir(dataDir).ports(PortPlan.randomFree()).only(part).build();
    }
}
