package io.propertyops.bench;

import io.propertyops.local.LocalPlatform;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The machine, and the resident memory of each process the platform runs (children of this JVM). */
final class Footprint {

    private Footprint() {
    }

    static Map<String, Object> machine() {
        Map<String, Object> machine = new LinkedHashMap<>();
        machine.put("cores", Runtime.getRuntime().availableProcessors());
        machine.put("cpu", procLine("/proc/cpuinfo", "model name").map(line -> line.substring(line.indexOf(':') + 1).strip())
                .orElse("unknown"));
        machine.put("memory", procLine("/proc/meminfo", "MemTotal").map(line -> mib(kib(line)) + " MiB").orElse("unknown"));
        machine.put("jdk", System.getProperty("java.vm.vendor") + " " + System.getProperty("java.runtime.version"));
        machine.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
        return machine;
    }

    /** The 1-, 5- and 15-minute load averages, e.g. "2.31 2.20 2.15". */
    static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException e) {
            return "unknown";
        }
    }

    /** MiB of resident memory per part of the platform; parts that run elsewhere are not listed. */
    static Map<String, Long> residentMemory() {
        Map<String, Long> rss = new LinkedHashMap<>();
        platformProcesses().forEach((part, process) -> procLine("/proc/" + process.pid() + "/status", "VmRSS")
                .ifPresent(line -> rss.put(part, mib(kib(line)))));
        return rss;
    }

    /** The platform's processes this JVM started (its children), by part, in the launcher's order. */
    static Map<String, ProcessHandle> platformProcesses() {
        Map<String, ProcessHandle> processes = new LinkedHashMap<>();
        List<ProcessHandle> children = ProcessHandle.current().children().toList();
        for (String part : Stream.concat(LocalPlatform.INFRASTRUCTURE.stream(), LocalPlatform.SERVICES.stream()).toList()) {
            for (ProcessHandle child : children) {
                if (isPart(part, commandLine(child))) {
                    processes.put(part, child);
                }
            }
        }
        return processes;
    }

    /** From /proc: ProcessHandle.Info leaves out a command line as long as the broker's class path. */
    private static String commandLine(ProcessHandle process) {
        try {
            return Files.readString(Path.of("/proc/" + process.pid() + "/cmdline")).replace('\0', ' ');
        } catch (IOException | RuntimeException e) {
            return process.info().commandLine().orElse("");
        }
    }

    private static boolean isPart(String part, String command) {
        return switch (part) {
            case LocalPlatform.KAFKA -> command.contains("kafka.Kafka");
            case LocalPlatform.MONGODB -> command.contains("EmbeddedMongo");
            default -> command.contains("/" + part + "/") || command.contains("/" + part + "-");
        };
    }

    private static java.util.Optional<String> procLine(String file, String prefix) {
        try (Stream<String> lines = Files.lines(Path.of(file))) {
            return lines.filter(line -> line.startsWith(prefix)).findFirst();
        } catch (IOException e) {
            return java.util.Optional.empty();
        }
    }

    private static long kib(String line) {
        return Long.parseLong(line.replaceAll("[^0-9]", ""));
    }

    private static long mib(long kib) {
        return Math.round(kib / 1024.0);
    }
}
