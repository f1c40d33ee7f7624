package io.propertyops.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A service's runnable jar extracted to plain jars ({@code java -Djarmode=tools -jar … extract}), with a
 * class-data-sharing archive beside it: Spring Boot's documented way to start faster. Measured here,
 * a service starts in about a third of the time, which is what keeps seven services starting
 * together on two cores well inside the startup budget.
 *
 * <p>The JVM writes the archive itself when the service first exits normally
 * ({@code -XX:+AutoCreateSharedArchive}); an archive that no longer fits (another JDK) is ignored and
 * rewritten the same way. The extraction is shared by every platform of the repository (launcher
 * and tests alike) and keyed by the jar's size and time, so a new build gets a new directory and a
 * platform still running the previous one keeps its files; older ones are removed.
 */
final class ExtractedApp {

    private static final Logger log = LoggerFactory.getLogger(LocalPlatform.class);
    private static final String COMPLETE = "extracted";
    /** File locks guard against other JVMs; this against other platforms in the same JVM. */
    private static final Map<Path, Object> EXTRACTING = new ConcurrentHashMap<>();

    private final Path dir;
    private final Path jar;

    private ExtractedApp(Path dir, Path jar) {
        this.dir = dir;
        this.jar = jar;
    }

    /** The extraction of this uber jar under {@code cache/<name>/}, made now if needed; empty if it fails. */
    static Optional<ExtractedApp> of(String name, Path uberJar, Path cache, Jvm jvm, Path logFile) {
        Path serviceDir = cache.resolve(name).toAbsolutePath();
        try {
            Files.createDirectories(serviceDir);
            String version = Files.size(uberJar) + "-" + Files.getLastModifiedTime(uberJar).toMillis();
            ExtractedApp app = new ExtractedApp(serviceDir.resolve(version), serviceDir.resolve(version).resolve(name + ".jar"));
            synchronized (EXTRACTING.computeIfAbsent(serviceDir, dir -> new Object())) {
                try (FileChannel channel = FileChannel.open(serviceDir.resolve(".lock"), StandardOpenOption.CREATE,
                        StandardOpenOption.WRITE); FileLock ignored = channel.lock()) {
                    if (!Files.exists(app.dir.resolve(COMPLETE)) && !app.extract(uberJar, jvm, logFile)) {
                        return Optional.empty();
                    }
                    removeOlderVersions(serviceDir, app.dir);
                }
            }
            return Optional.of(app);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot extract " + uberJar + " into " + serviceDir, e);
        }
    }

    private boolean extract(Path uberJar, Jvm jvm, Path logFile) throws IOException {
        Path extracting = dir.resolveSibling(dir.getFileName() + ".extracting");
        deleteTree(extracting);
        Process extract = new ProcessBuilder(jvm.executable().toString(), "-XX:TieredStopAtLevel=1", "-Djarmode=tools",
                "-jar", uberJar.toString(), "extract", "--destination", extracting.toString(),
                "--application-filename", jar.getFileName().toString())
                .redirectErrorStream(true)
                .redirectOutput(Redirect.appendTo(logFile.toFile()))
                .start();
        try {
            if (!extract.waitFor(120, TimeUnit.SECONDS) || extract.exitValue() != 0) {
                extract.destroyForcibly();
                log.warn("could not extract {}; running it as it is (see {})", uberJar, logFile);
                return false;
            }
        } catch (InterruptedException e) {
            extract.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new LocalPlatformException("interrupted while extracting " + uberJar);
        }
        Files.writeString(extracting.resolve(COMPLETE), uberJar + "\n");
        deleteTree(dir);
        Files.move(extracting, dir);
        return true;
    }

    /** Keeps the current version and the one before it (a platform may still be running it). */
    private static void removeOlderVersions(Path serviceDir, Path current) throws IOException {
        List<Path> others;
        try (Stream<Path> versions = Files.list(serviceDir)) {
            others = versions.filter(Files::isDirectory)
                    .filter(version -> !version.equals(current))
                    .sorted(Comparator.comparing(ExtractedApp::lastModified).reversed())
                    .toList();
        }
        for (Path old : others.subList(Math.min(1, others.size()), others.size())) {
            deleteTree(old);
        }
    }

    /** Uses the archive when it is there and fits; writes it at exit when not. */
    List<String> archiveOptions() {
        return List.of("-XX:SharedArchiveFile=" + archive(), "-XX:+AutoCreateSharedArchive", "-Xlog:cds*=error");
    }

    Path jar() {
        return jar;
    }

    boolean hasArchive() {
        return Files.isRegularFile(archive());
    }

    private Path archive() {
        return dir.resolve("app.jsa");
    }

    private static FileTime lastModified(Path path) {
        try {
            return Files.getLastModifiedTime(path);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
