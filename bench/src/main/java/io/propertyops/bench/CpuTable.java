package io.propertyops.bench;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/** The CPU seconds of every process per scenario, one row each, as the report shows them. */
final class CpuTable {

    private CpuTable() {
    }

    static List<String> header(Collection<String> parts) {
        List<String> header = new ArrayList<>(List.of("scenario", "wall s", "load average start → end"));
        header.addAll(parts);
        header.addAll(List.of("platform", "bench (load generator)", "done", "platform CPU ms each"));
        return header;
    }

    static List<List<String>> rows(List<Bench.Accounted> accounted, Collection<String> parts) {
        List<List<String>> rows = new ArrayList<>();
        for (Bench.Accounted row : accounted) {
            Cpu.Usage usage = row.usage();
            List<String> cells = new ArrayList<>(List.of(row.scenario(), Report.number(usage.wallSeconds()),
                    oneMinute(usage.loadAverageBefore()) + " → " + oneMinute(usage.loadAverageAfter())));
            for (String part : parts) {
                Double seconds = usage.platform().get(part);
                cells.add(seconds == null ? "—" : Report.number(seconds));
            }
            cells.add(Report.number(usage.platformTotal()));
            cells.add(Report.number(usage.bench()));
            cells.add(row.units() == 0 ? "—" : String.format(Locale.ROOT, "%,d ", row.units()) + row.unit());
            cells.add(row.units() == 0 ? "—" : Report.number(usage.platformMillisPer(row.units())));
            rows.add(cells);
        }
        return rows;
    }

    /** The 1-minute figure of "1.00 0.80 0.50". */
    private static String oneMinute(String loadAverage) {
        return loadAverage.split(" ")[0];
    }
}
