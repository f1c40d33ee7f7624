package io.propertyops.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import tools.jackson.databind.json.JsonMapper;

/** One of the platform's Spring Boot services, run from its {@code *-exec.jar} (see {@link ExtractedApp}). */
final class SpringService implements Part {

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(1))
            .build();

    /** The first stop after an extraction writes the class-data archive: seconds more on a busy machine. */
    private static final Duration ARCHIVING_STOP_GRACE = Duration.ofSeconds(60);

    private final String name;
    private final Path module;
    private final int port;
    private final int managementPort;
    private final Map<String, String> environment;
    private final Jvm jvm;
    private final Path appCache;
    private final Path logFile;
    private volatile ExtractedApp extracted;
    private volatile boolean writesArchive;

    /** {@code appCache} null: run the uber jar as it is, without extraction and class-data sharing. */
    SpringService(String name, Path module, int port, int managementPort, Map<String, String> environment, Jvm jvm,
                  Path appCache, Path logFile) {
        this.name = name;
        this.module = module;
        this.port = port;
        this.managementPort = managementPort;
        this.environment = Map.copyOf(environment);
        this.jvm = jvm;
        this.appCache = appCache;
        this.logFile = logFile;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public List<Integer> ports() {
        return List.of(port, managementPort);
    }

    /** Health and metrics: the management port, which the platform binds to the loopback address only. */
    String managementUrl() {
        return "http://localhost:" + managementPort;
    }

    /** The newest {@code <module>/target/<module>-<version>-exec.jar}. */
    Optional<Path> jar() {
        Path target = module.resolve("target");
        if (!Files.isDirectory(target)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.list(target)) {
            return files.filter(file -> {
                        String fileName = file.getFileName().toString();
                        return fileName.startsWith(name + "-") && fileName.endsWith("-exec.jar");
                    })
                    .max(Comparator.comparing(SpringService::lastModified));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String expectedJar() {
        return module.resolve("target").resolve(name + "-*-exec.jar").toString();
    }

    @Override
    public void prepare() {
        Path jar = jar().orElseThrow(() -> new LocalPlatformException("no runnable jar " + expectedJar()));
        extracted = appCache == null ? null : ExtractedApp.of(name, jar, appCache, jvm, logFile).orElse(null);
    }

    @Override
    public List<String> command() {
        ExtractedApp app = extracted;
        if (app == null) {
            writesArchive = false;
            return jvm.runJar(jvm.profile().service(), jar().orElseThrow());
        }
        writesArchive = !app.hasArchive();
        List<String> options = new ArrayList<>(jvm.profile().service());
        options.addAll(app.archiveOptions());
        return jvm.runJar(options, app.jar());
    }

    @Override
    public Duration stopGrace() {
        return writesArchive ? ARCHIVING_STOP_GRACE : Part.super.stopGrace();
    }

    @Override
    public Map<String, String> environment() {
        return environment;
    }

    /** {@code GET /actuator/health} on the management port answers {@code "status":"UP"}. */
    @Override
    public boolean isReady() {
        HttpRequest request = HttpRequest.newBuilder(URI.create(managementUrl() + "/actuator/health"))
                .timeout(Duration.ofSeconds(2))
                .header("Accept", "application/json")
                .build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200
                    && "UP".equals(JsonMapper.shared().readTree(response.body()).path("status").asString());
        } catch (IOException | RuntimeException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static FileTime lastModified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }
}
