package io.propertyops.bench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ReportTest {

    static Measurement intakeAt16() {
        return new Measurement("POST /api/v1/tickets via gateway", 16, 12_345, 2, Map.of("429", 2L), 15.0, 823.0,
                12.34, 20.5, 48.0, 130.7);
    }

    static Report report() {
        return new Report("PropertyOps benchmark")
                .context("cores", 2)
                .target("intake c16 p99", "≤ 50 ms", "48.0 ms", true)
                .target("intake c16 throughput", "≥ 1,500/s", "823/s", false)
                .measurements("1. Intake", "closed loop", List.of(intakeAt16()))
                .facts("6. Fan-out", "", Map.of("residents", 50_000L))
                .note("the machine was busy");
    }

    @Test
    void theMarkdownHasATableRowPerMeasurementAndMarksMissedTargets() {
        String markdown = report().markdown();

        assertThat(markdown).contains("- **cores**: 2")
                .contains("| POST /api/v1/tickets via gateway | 16 | 12345 | 2 {429=2} | 823 | 12.3 | 20.5 | 48.0 | 131 |")
                .contains("| intake c16 p99 | ≤ 50 ms | 48.0 ms | yes |")
                .contains("| intake c16 throughput | ≥ 1,500/s | 823/s | **no** |")
                .contains("| residents | 50,000 |")
                .contains("- the machine was busy");
    }

    @Test
    void theJsonCarriesTheSameFigures(@TempDir Path dir) throws Exception {
        report().write(dir.resolve("run"));

        JsonNode json = Api.JSON.readTree(Files.readString(dir.resolve("run.json")));
        JsonNode row = json.path("sections").get(0).path("measurements").get(0);
        assertThat(row.path("concurrency").asInt()).isEqualTo(16);
        assertThat(row.path("p99").asDouble()).isEqualTo(48.0);
        assertThat(json.path("targets").get(1).path("met").asBoolean()).isFalse();
        assertThat(Files.readString(dir.resolve("run.md"))).startsWith("# PropertyOps benchmark");
    }

    @Test
    void aTableIsRenderedUnderItsHeaderAndWithoutAPreviousRunNoPreviousColumns() {
        String markdown = report().table("8b. CPU", "seconds", List.of("scenario", "gateway"),
                List.of(List.of("intake c16", "1.50"), List.of("whole loop", "—"))).markdown();

        assertThat(markdown).contains("## 8b. CPU\n\nseconds\n\n| scenario | gateway |\n|---|---|\n| intake c16 | 1.50 |\n| whole loop | — |\n")
                .doesNotContain("previous");
    }

    @Test
    void numbersAreRoundedToWhatIsWorthReading() {
        assertThat(Report.number(1523.6)).isEqualTo("1,524");
        assertThat(Report.number(48.04)).isEqualTo("48.0");
        assertThat(Report.number(3.14159)).isEqualTo("3.14");
    }
}
