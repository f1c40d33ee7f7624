package io.propertyops.bench;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class CpuTest {

    /** A real line's shape (proc(5)): utime 1500 and stime 250 are fields 14 and 15. */
    static String stat(String command, long utime, long stime) {
        return "4242 (" + command + ") S 1 4242 4242 0 -1 4194560 90210 0 12 0 " + utime + " " + stime
                + " 3 1 20 0 61 0 1062470 3893714944 98765 18446744073709551615 1 1 0 0 0 0 0 4096 16384 0 0 0 17 1 0 0 0 0 0";
    }

    @Test
    void busyTicksAreUserPlusSystemTime() {
        assertThat(Cpu.busyTicks(stat("java", 1500, 250))).isEqualTo(1750);
    }

    @Test
    void aCommandNameWithSpacesAndParenthesesDoesNotShiftTheFields() {
        assertThat(Cpu.busyTicks(stat("Kafka (broker) 1", 40, 2))).isEqualTo(42);
    }

    @Test
    void somethingElseIsRefused() {
        assertThatThrownBy(() -> Cpu.busyTicks("no such process")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void thisJvmsOwnCpuIsReadFromProcInSecondsOfTheClockTick() {
        Cpu cpu = Cpu.ofThisMachine();

        Cpu.Sample sample = cpu.sample(Map.of("self", ProcessHandle.current()));

        assertThat(cpu.ticksPerSecond()).isPositive();
        // the platform's processes are read first and the bench's own after them, so this JVM read twice can only
        // have spent as much or more CPU by the second reading, never less
        assertThat(sample.platform().get("self")).isPositive();
        assertThat(sample.bench()).isGreaterThanOrEqualTo(sample.platform().get("self"))
                .isLessThan(sample.platform().get("self") + 1.0);
        assertThat(sample.loadAverage()).matches("[0-9.]+ [0-9.]+ [0-9.]+");
    }

    @Test
    void usageIsWhatEachProcessSpentBetweenTwoSamplesWithTheBenchApart() {
        Cpu.Sample before = new Cpu.Sample(Map.of("gateway", 10.0, "ticket-service", 20.0, "mongodb", 5.0), 3.0, "0.50 0.40 0.30", 0);
        Cpu.Sample after = new Cpu.Sample(Map.of("gateway", 12.5, "ticket-service", 21.5, "mongodb", 4.0, "kafka", 9.0), 4.0,
                "1.90 0.80 0.40", 10_000_000_000L);

        Cpu.Usage usage = Cpu.Usage.between(before, after);

        // mongodb went backwards (restarted, a new pid) and kafka was not there before: neither is guessed
        assertThat(usage.platform()).containsOnlyKeys("gateway", "ticket-service");
        assertThat(usage.platformTotal()).isCloseTo(4.0, within(1e-9));
        assertThat(usage.bench()).isCloseTo(1.0, within(1e-9));
        assertThat(usage.wallSeconds()).isEqualTo(10.0);
        assertThat(usage.platformMillisPer(2_000)).isCloseTo(2.0, within(1e-9));
        assertThat(usage.platformMillisPer(0)).isZero();
        assertThat(List.of(usage.loadAverageBefore(), usage.loadAverageAfter())).containsExactly("0.50 0.40 0.30", "1.90 0.80 0.40");
    }

    @Test
    void theTableHasARowPerScenarioAndAColumnPerProcess() {
        Cpu.Usage usage = new Cpu.Usage(Map.of("gateway", 1.5, "ticket-service", 2.5), 0.75, 15.0, "0.50 0.40 0.30", "1.90 0.80 0.40");
        List<Bench.Accounted> accounted = List.of(new Bench.Accounted("1. intake via gateway c16", usage, 2_000, "work orders"),
                new Bench.Accounted("warm-up: intake", usage, 0, ""));

        List<String> header = CpuTable.header(List.of("kafka", "gateway", "ticket-service"));
        List<List<String>> rows = CpuTable.rows(accounted, List.of("kafka", "gateway", "ticket-service"));

        assertThat(header).containsExactly("scenario", "wall s", "load average start → end", "kafka", "gateway",
                "ticket-service", "platform", "bench (load generator)", "done", "platform CPU ms each");
        assertThat(rows.get(0)).containsExactly("1. intake via gateway c16", "15.0", "0.50 → 1.90", "—", "1.50", "2.50",
                "4.00", "0.75", "2,000 work orders", "2.00");
        assertThat(rows.get(1)).endsWith("—", "—");
    }
}
