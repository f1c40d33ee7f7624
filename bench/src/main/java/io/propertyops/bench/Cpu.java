package io.propertyops.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;

/**
 * CPU time of the platform's processes and of the bench's own JVM (the load generator), from
 * {@code /proc/<pid>/stat}: user plus system time, in clock ticks of {@code getconf CLK_TCK}.
 */
final class Cpu {

    /** CPU seconds per process, the bench's apart, and the load average, at one moment. */
    record Sample(Map<String, Double> platform, double bench, String loadAverage, long nanos) {
    }

    /** What the processes used between two samples. */
    record Usage(Map<String, Double> platform, double bench, double wallSeconds, String loadAverageBefore,
                 String loadAverageAfter) {

        static Usage between(Sample before, Sample after) {
            Map<String, Double> used = new LinkedHashMap<>();
            after.platform().forEach((part, seconds) -> {
                Double earlier = before.platform().get(part);
                // a part that was not there before (or restarted with a new pid) is left out rather than guessed
                if (earlier != null && seconds >= earlier) {
                    used.put(part, seconds - earlier);
                }
            });
            return new Usage(used, after.bench() - before.bench(), (after.nanos() - before.nanos()) / 1e9,
                    before.loadAverage(), after.loadAverage());
        }

        double platformTotal() {
            return platform.values().stream().mapToDouble(Double::doubleValue).sum();
        }

        /** Platform CPU milliseconds per unit of work, e.g. per created work order; 0 when there was none. */
        double platformMillisPer(long units) {
            return units == 0 ? 0 : platformTotal() * 1000 / units;
        }
    }

    private final long ticksPerSecond;

    Cpu(long ticksPerSecond) {
        this.ticksPerSecond = ticksPerSecond;
    }

    /** With the machine's clock tick, asked of {@code getconf CLK_TCK} (100 on Linux if that fails). */
    static Cpu ofThisMachine() {
        return new Cpu(clockTick().orElse(100));
    }

    long ticksPerSecond() {
        return ticksPerSecond;
    }

    Sample sample(Map<String, ProcessHandle> platform) {
        Map<String, Double> seconds = new LinkedHashMap<>();
        platform.forEach((part, process) -> seconds(process.pid()).ifPresent(value -> seconds.put(part, value)));
        return new Sample(seconds, seconds(ProcessHandle.current().pid()).orElse(0), Footprint.loadAverage(),
                System.nanoTime());
    }

    private OptionalDouble seconds(long pid) {
        try {
            return OptionalDouble.of(busyTicks(Files.readString(Path.of("/proc", String.valueOf(pid), "stat")))
                    / (double) ticksPerSecond);
        } catch (IOException | RuntimeException e) {
            return OptionalDouble.empty();
        }
    }

    /**
     * utime + stime of one {@code /proc/<pid>/stat} line (fields 14 and 15, see proc(5)). The command name, field
     * 2, is in parentheses and may itself hold spaces and parentheses, so fields are counted after the last ')'.
     */
    static long busyTicks(String stat) {
        int close = stat.lastIndexOf(')');
        if (close < 0) {
            throw new IllegalArgumentException("not a /proc/<pid>/stat line: " + stat);
        }
        String[] fields = stat.substring(close + 1).strip().split("\\s+");
        // fields[0] is field 3 (state), so field n is fields[n - 3]
        return Long.parseLong(fields[14 - 3]) + Long.parseLong(fields[15 - 3]);
    }

    private static OptionalLong clockTick() {
        try {
            Process getconf = new ProcessBuilder("getconf", "CLK_TCK").redirectErrorStream(true).start();
            String out = new String(getconf.getInputStream().readAllBytes()).strip();
            if (getconf.waitFor(5, TimeUnit.SECONDS) && getconf.exitValue() == 0) {
                return OptionalLong.of(Long.parseLong(out));
            }
        } catch (IOException | NumberFormatException e) {
            // fall back below
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return OptionalLong.empty();
    }
}
