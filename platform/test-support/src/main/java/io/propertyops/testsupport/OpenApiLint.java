package io.propertyops.testsupport;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The standard OpenAPI linter, Redocly CLI with its {@code recommended} rules, as the repository pins it in
 * {@code tools/openapi-lint} (installed there with {@code npm ci} on first use, by the machine's Node.js and npm).
 */
public final class OpenApiLint {

    private static final Path TOOL = repositoryRoot().resolve("tools").resolve("openapi-lint");

    private OpenApiLint() {
    }

    /** Every warning and error the linter finds in the document, as {@code rule at pointer: message}; empty if none. */
    public static List<String> problems(String openApiJson) {
        try {
            installed();
            Path document = Files.createTempFile("openapi-", ".json");
            try {
                Files.writeString(document, openApiJson, StandardCharsets.UTF_8);
                String report = run(TOOL.resolve("node_modules/.bin/redocly").toString(), "lint", "--extends",
                        "recommended", "--format", "json", document.toString());
                JsonNode problems = JsonMapper.builder().build().readTree(report.substring(report.indexOf('{'))).path("problems");
                List<String> found = new ArrayList<>();
                for (JsonNode problem : problems) {
                    found.add(problem.path("ruleId").asString() + " at " + problem.path("location").path(0).path("pointer").asString()
                            + ": " + problem.path("message").asString());
                }
                return found;
            } finally {
                Files.deleteIfExists(document);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static synchronized void installed() throws IOException {
        if (!Files.isExecutable(TOOL.resolve("node_modules/.bin/redocly"))) {
            run("npm", "ci", "--no-audit", "--no-fund");
        }
    }

    private static String run(String... command) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(TOOL.toFile()).redirectErrorStream(false);
        builder.environment().put("REDOCLY_TELEMETRY", "off");
        builder.environment().put("REDOCLY_SUPPRESS_UPDATE_NOTICE", "true");
        Path errors = Files.createTempFile("openapi-lint-", ".err");
        builder.redirectError(errors.toFile());
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new IllegalStateException("The OpenAPI linter needs Node.js and npm on the PATH: " + String.join(" ", command), e);
        }
        try {
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(5, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException("timed out: " + String.join(" ", command));
            }
            // lint exits 1 when it found errors; its JSON report says which
            if (process.exitValue() != 0 && !out.contains("\"problems\"")) {
                throw new IllegalStateException(String.join(" ", command) + " exited " + process.exitValue() + ": "
                        + Files.readString(errors));
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            Files.deleteIfExists(errors);
        }
    }

    private static Path repositoryRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("tools/openapi-lint/package.json"))) {
                return dir;
            }
        }
        throw new IllegalStateException("tools/openapi-lint not found above " + Path.of("").toAbsolutePath());
    }
}
