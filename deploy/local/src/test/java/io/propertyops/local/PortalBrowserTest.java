package io.propertyops.local;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The staff portal end to end: each {@code portal/e2e/*.test.mjs} runs in Node's test runner, driving Debian's
 * Chromium through playwright-core against the real platform that {@link SharedPlatform} started (the gateway
 * serving the built portal). A test's output is in {@code portal/target/e2e-logs/<file>.log} and the screenshot of
 * each test's last page in {@code portal/target/e2e-screenshots/}. Without Chromium the tests fail (CI installs it).
 */
@ExtendWith(SharedPlatform.class)
class PortalBrowserTest {

    static final Path PORTAL = LocalPlatform.defaultRepoRoot().resolve("portal");
    static final Duration PER_FILE = Duration.ofMinutes(6);

    @TestFactory
    Stream<DynamicTest> everyEndToEndFile(LocalPlatform platform) throws IOException {
        Path chromium = Path.of(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));
        assertThat(chromium).as("Chromium (apt-get install chromium; .ci/run installs it)").isExecutable();
        assertThat(PORTAL.resolve("node_modules/playwright-core"))
                .as("portal/node_modules, installed by the portal module's build (npm ci): build it first").isDirectory();
        List<Path> files;
        try (Stream<Path> listed = Files.list(PORTAL.resolve("e2e"))) {
            files = listed.filter(p -> p.getFileName().toString().endsWith(".test.mjs")).sorted().toList();
        }
        assertThat(files).as("portal/e2e/*.test.mjs").isNotEmpty();
        return files.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(),
                () -> run(platform, chromium, file)));
    }

    /**
     * Runs the file; a file that fails is run once more, and its first run's output is kept beside the log
     * ({@code <file>.first-attempt.log}) and named on standard error, so a race in a page is seen, not hidden. A page
     * that is broken fails both runs.
     */
    private static void run(LocalPlatform platform, Path chromium, Path file) throws Exception {
        Path logs = Files.createDirectories(PORTAL.resolve("target/e2e-logs"));
        Path log = logs.resolve(file.getFileName() + ".log");
        int exit = attempt(platform, chromium, file, log);
        if (exit != 0) {
            Path first = logs.resolve(file.getFileName() + ".first-attempt.log");
            Files.move(log, first, StandardCopyOption.REPLACE_EXISTING);
            System.err.println("PortalBrowserTest: " + file.getFileName() + " failed once and runs again; its first run: " + first);
            exit = attempt(platform, chromium, file, log);
        }
        String output = Files.readString(log);
        assertThat(exit).as("%s, run twice:%n%s", file.getFileName(), output).isZero();
        assertThat(output).as("%s ran tests", file.getFileName()).containsPattern("(?m)^. pass [1-9]");
    }

    /** One run of the file in Node's test runner: its exit code, its output in {@code log}. */
    private static int attempt(LocalPlatform platform, Path chromium, Path file, Path log) throws Exception {
        ProcessBuilder node = new ProcessBuilder("node", "--test", "--test-concurrency=1", "--test-reporter=spec",
                PORTAL.relativize(file).toString())
                .directory(PORTAL.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        node.environment().put("PORTAL_URL", platform.gatewayUrl());
        node.environment().put("PROPERTYOPS_DEMO_PASSWORD", platform.demoPassword());
        node.environment().put("CHROMIUM", chromium.toString());
        node.environment().put("SCREENSHOT_DIR", PORTAL.resolve("target/e2e-screenshots").toString());
        Process process = node.start();
        boolean finished = process.waitFor(PER_FILE.toSeconds(), TimeUnit.SECONDS);
        if (!finished) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
        assertThat(finished).as("%s finished within %s:%n%s", file.getFileName(), PER_FILE, Files.readString(log)).isTrue();
        return process.exitValue();
    }
}
