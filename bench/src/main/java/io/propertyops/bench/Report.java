package io.propertyops.bench;

import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** What a run found, written as Markdown for people and JSON for tools. */
final class Report {

    /** A load step's measurements, facts as name → value, or a table, under one heading. */
    record Section(String title, String method, List<Measurement> measurements, Map<String, Object> facts, Table table) {
    }

    /** Rows of cells under a header, for what has more than one dimension (e.g. CPU by scenario and process). */
    record Table(List<String> header, List<List<String>> rows) {
    }

    /** A target from the issue against what was measured. */
    record Target(String name, String goal, String measured, boolean met) {
    }

    private final String title;
    private final Map<String, Object> context = new LinkedHashMap<>();
    private final List<Section> sections = new ArrayList<>();
    private final List<Target> targets = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private Previous previous;

    Report(String title) {
        this.title = title;
    }

    Report context(String name, Object value) {
        context.put(name, value);
        return this;
    }

    Report measurements(String title, String method, List<Measurement> measurements) {
        sections.add(new Section(title, method, List.copyOf(measurements), Map.of(), null));
        return this;
    }

    Report facts(String title, String method, Map<String, Object> facts) {
        sections.add(new Section(title, method, List.of(), new LinkedHashMap<>(facts), null));
        return this;
    }

    Report table(String title, String method, List<String> header, List<List<String>> rows) {
        sections.add(new Section(title, method, List.of(), Map.of(), new Table(List.copyOf(header), List.copyOf(rows))));
        return this;
    }

    /** An earlier run whose figures are shown beside this one's. */
    Report previous(Previous previous) {
        this.previous = previous;
        context.put("previous run (beside the figures)", previous.describe());
        return this;
    }

    Report target(String name, String goal, String measured, boolean met) {
        targets.add(new Target(name, goal, measured, met));
        return this;
    }

    Report note(String note) {
        notes.add(note);
        return this;
    }

    String markdown() {
        StringBuilder out = new StringBuilder("# ").append(title).append("\n\n");
        context.forEach((name, value) -> out.append("- **").append(name).append("**: ").append(value).append('\n'));
        boolean beside = previous != null;
        if (!targets.isEmpty()) {
            out.append("\n## Targets\n\n| target | goal | measured | met |").append(beside ? " previous run |" : "")
                    .append("\n|---|---|---|---|").append(beside ? "---|" : "").append('\n');
            for (Target target : targets) {
                out.append("| ").append(target.name()).append(" | ").append(target.goal()).append(" | ")
                        .append(target.measured()).append(" | ").append(target.met() ? "yes" : "**no**").append(" |");
                if (beside) {
                    out.append(" ").append(previous.target(target.name()).orElse("—")).append(" |");
                }
                out.append('\n');
            }
        }
        for (Section section : sections) {
            out.append("\n## ").append(section.title()).append("\n\n");
            if (section.method() != null && !section.method().isBlank()) {
                out.append(section.method()).append("\n\n");
            }
            if (!section.measurements().isEmpty()) {
                measurementTable(out, section.measurements());
            }
            if (!section.facts().isEmpty()) {
                out.append(beside ? "| | | previous run |\n|---|---:|---:|\n" : "| | |\n|---|---|\n");
                section.facts().forEach((name, value) -> {
                    out.append("| ").append(name).append(" | ").append(shown(value)).append(" |");
                    if (beside) {
                        out.append(' ').append(previous.fact(section.title(), name).map(Report::shown).orElse("—")).append(" |");
                    }
                    out.append('\n');
                });
            }
            if (section.table() != null) {
                out.append("| ").append(String.join(" | ", section.table().header())).append(" |\n|")
                        .append("---|".repeat(section.table().header().size())).append('\n');
                section.table().rows().forEach(row -> out.append("| ").append(String.join(" | ", row)).append(" |\n"));
            }
        }
        if (!notes.isEmpty()) {
            out.append("\n## Notes\n\n");
            notes.forEach(note -> out.append("- ").append(note).append('\n'));
        }
        return out.toString();
    }

    private void measurementTable(StringBuilder out, List<Measurement> measurements) {
        boolean beside = previous != null;
        out.append("| step | concurrency | ok | failed | per second | p50 ms | p90 ms | p99 ms | max ms |")
                .append(beside ? " previous: per second | p50 ms | p99 ms |" : "")
                .append("\n|---|---:|---:|---:|---:|---:|---:|---:|---:|").append(beside ? "---:|---:|---:|" : "").append('\n');
        for (Measurement m : measurements) {
            out.append("| ").append(m.name()).append(" | ").append(m.concurrency()).append(" | ").append(m.ok())
                    .append(" | ").append(m.failed()).append(m.failures().isEmpty() ? "" : " " + m.failures())
                    .append(" | ").append(number(m.perSecond())).append(" | ").append(number(m.p50()))
                    .append(" | ").append(number(m.p90())).append(" | ").append(number(m.p99()))
                    .append(" | ").append(number(m.max())).append(" |");
            if (beside) {
                Optional<JsonNode> before = previous.measurement(m.name(), m.concurrency());
                for (String field : List.of("perSecond", "p50", "p99")) {
                    out.append(' ').append(before.map(row -> number(row.path(field).asDouble())).orElse("—")).append(" |");
                }
            }
            out.append('\n');
        }
    }

    /** A number rounded as {@link #number(double)}, anything else as it is (also a number read back from JSON). */
    private static String shown(Object value) {
        if (value instanceof Number n) {
            return number(n.doubleValue());
        }
        if (value instanceof JsonNode node) {
            return node.isNumber() ? number(node.asDouble()) : node.asString("");
        }
        return String.valueOf(value);
    }

    String json() {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("title", title);
        document.put("context", context);
        document.put("targets", targets);
        document.put("sections", sections);
        document.put("notes", notes);
        return Api.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(document);
    }

    /** Writes {@code <base>.md} and {@code <base>.json}. */
    void write(Path base) throws IOException {
        Files.createDirectories(base.toAbsolutePath().getParent());
        Files.writeString(base.resolveSibling(base.getFileName() + ".md"), markdown(), StandardCharsets.UTF_8);
        Files.writeString(base.resolveSibling(base.getFileName() + ".json"), json(), StandardCharsets.UTF_8);
    }

    /** Whole numbers from 100 up, one decimal below, two below 10. */
    static String number(double value) {
        if (Math.abs(value) >= 100) {
            return String.format(Locale.ROOT, "%,d", Math.round(value));
        }
        return String.format(Locale.ROOT, Math.abs(value) >= 10 ? "%.1f" : "%.2f", value);
    }
}
