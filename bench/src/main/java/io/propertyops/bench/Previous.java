package io.propertyops.bench;

import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The figures of an earlier run, from its JSON report, found by the names the current run gives its own figures:
 * a load step by its name and concurrency, a fact by its section and name, a target by its name. A figure the
 * earlier run did not have (a scenario added since, a name changed) is simply absent.
 */
final class Previous {

    private final String source;
    private final JsonNode report;

    Previous(String source, JsonNode report) {
        this.source = source;
        this.report = report;
    }

    /**
     * The newest {@code *.json} in {@code reports} (names begin with the run's time, so the newest sorts last),
     * or the file named; empty when there is none.
     */
    static Optional<Previous> newestIn(Path reports) throws IOException {
        if (!Files.isDirectory(reports)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.list(reports)) {
            Optional<Path> newest = files.filter(file -> file.getFileName().toString().endsWith(".json"))
                    .max(Comparator.comparing(file -> file.getFileName().toString()));
            return newest.isEmpty() ? Optional.empty() : Optional.of(of(newest.get()));
        }
    }

    static Previous of(Path json) throws IOException {
        return new Previous(json.getFileName().toString(), Api.JSON.readTree(Files.readString(json)));
    }

    /** Which run it was: the file, its commit, when, and the load average it started with. */
    String describe() {
        JsonNode context = report.path("context");
        return source + " (commit " + context.path("commit").asString("?") + ", " + context.path("run").asString("?")
                + ", load average at the start " + context.path("load average at the start").asString("?") + ")";
    }

    Optional<JsonNode> measurement(String name, int concurrency) {
        for (JsonNode section : report.path("sections")) {
            for (JsonNode row : section.path("measurements")) {
                if (row.path("name").asString("").equals(name) && row.path("concurrency").asInt(-1) == concurrency) {
                    return Optional.of(row);
                }
            }
        }
        return Optional.empty();
    }

    Optional<JsonNode> fact(String sectionTitle, String name) {
        for (JsonNode section : report.path("sections")) {
            if (section.path("title").asString("").equals(sectionTitle) && section.path("facts").has(name)) {
                return Optional.of(section.path("facts").path(name));
            }
        }
        return Optional.empty();
    }

    Optional<String> target(String name) {
        for (JsonNode target : report.path("targets")) {
            if (target.path("name").asString("").equals(name)) {
                return Optional.of(target.path("measured").asString(""));
            }
        }
        return Optional.empty();
    }
}
