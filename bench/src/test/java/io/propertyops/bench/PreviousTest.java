package io.propertyops.bench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class PreviousTest {

    @TempDir
    Path reports;

    static Report earlierRun() {
        return new Report("PropertyOps benchmark")
                .context("run", "2026-11-24T02:14Z").context("commit", "236fe51").context("load average at the start", "0.74 2.20 8.00")
                .target("intake c16 p99", "≤ 50 ms", "446 ms", false)
                .measurements("1–2. Intake", "", List.of(new Measurement("POST /api/v1/tickets via gateway", 16, 1947, 0,
                        Map.of(), 15.0, 129.4, 101.0, 201.0, 446.0, 604.0)))
                .facts("5. Overdue at scale: 100,000 open", "", Map.of("deadline → on the broker max ms", 55_575.0, "state", "PUBLISHED"));
    }

    @Test
    void theNewestReportIsTheOneWhoseNameSortsLast() throws Exception {
        earlierRun().write(reports.resolve("2026-11-24T0214Z-236fe51"));
        new Report("older").write(reports.resolve("2026-11-24T0125Z-3c3418f"));
        Files.writeString(reports.resolve("2026-12-01T0000Z-notes.md"), "not a report");

        Previous previous = Previous.newestIn(reports).orElseThrow();

        assertThat(previous.describe()).isEqualTo("2026-11-24T0214Z-236fe51.json (commit 236fe51, 2026-11-24T02:14Z, "
                + "load average at the start 0.74 2.20 8.00)");
    }

    @Test
    void noReportsNoPrevious() throws Exception {
        assertThat(Previous.newestIn(reports)).isEmpty();
        assertThat(Previous.newestIn(reports.resolve("missing"))).isEmpty();
    }

    @Test
    void figuresAreFoundByTheNamesOfTheCurrentRun() throws Exception {
        earlierRun().write(reports.resolve("run"));
        Previous previous = Previous.of(reports.resolve("run.json"));

        assertThat(previous.measurement("POST /api/v1/tickets via gateway", 16)).get()
                .satisfies(row -> assertThat(row.path("perSecond").asDouble()).isEqualTo(129.4));
        assertThat(previous.measurement("POST /api/v1/tickets via gateway", 64)).isEmpty();
        assertThat(previous.fact("5. Overdue at scale: 100,000 open", "deadline → on the broker max ms")).get()
                .satisfies(value -> assertThat(value.asDouble()).isEqualTo(55_575.0));
        assertThat(previous.fact("5. Overdue at scale: 10,000 open", "deadline → on the broker max ms")).isEmpty();
        assertThat(previous.target("intake c16 p99")).contains("446 ms");
        assertThat(previous.target("whole loop c8")).isEmpty();
    }

    @Test
    void theReportShowsThePreviousRunBesideEachFigureAndADashWhereItHadNone() throws Exception {
        earlierRun().write(reports.resolve("run"));
        Report now = new Report("PropertyOps benchmark")
                .target("intake c16 p99", "≤ 100 ms", "38.0 ms", true)
                .target("whole loop c8", "≥ 20 loops/s", "21.0 loops/s", true)
                .measurements("1–2. Intake", "", List.of(
                        new Measurement("POST /api/v1/tickets via gateway", 16, 12_000, 0, Map.of(), 15.0, 800.0, 15.0, 30.0, 38.0, 90.0),
                        new Measurement("POST /api/v1/tickets via gateway", 64, 13_000, 0, Map.of(), 15.0, 866.0, 60.0, 80.0, 99.0, 120.0)))
                .facts("5. Overdue at scale: 100,000 open", "", Map.of("deadline → on the broker max ms", 1_200.0))
                .previous(Previous.of(reports.resolve("run.json")));

        String markdown = now.markdown();

        assertThat(markdown)
                .contains("- **previous run (beside the figures)**: run.json (commit 236fe51")
                .contains("| target | goal | measured | met | previous run |")
                .contains("| intake c16 p99 | ≤ 100 ms | 38.0 ms | yes | 446 ms |")
                .contains("| whole loop c8 | ≥ 20 loops/s | 21.0 loops/s | yes | — |")
                .contains("| POST /api/v1/tickets via gateway | 16 | 12000 | 0 | 800 | 15.0 | 30.0 | 38.0 | 90.0 | 129 | 101 | 446 |")
                .contains("| POST /api/v1/tickets via gateway | 64 | 13000 | 0 | 866 | 60.0 | 80.0 | 99.0 | 120 | — | — | — |")
                .contains("| deadline → on the broker max ms | 1,200 | 55,575 |");
    }
}
