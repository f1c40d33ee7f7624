package io.propertyops.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code <data dir>/pids}: the launcher and every child it started, so that the next start can stop
 * what a launcher that died (SIGKILL, a killed test JVM) left running. A pid counts only together
 * with the start time of its process, so a recycled pid is never killed.
 */
final class PidFile {

    private static final Logger log = LoggerFactory.getLogger(LocalPlatform.class);
    private static final String LAUNCHER = "launcher";

    private final Path file;

    PidFile(Path file) {
        this.file = file;
    }

    Path path() {
        return file;
    }

    /**
     * Refuses to share the data directory with another live launcher, and stops the children of a
     * dead one.
     */
    void reclaim(Duration grace) {
        if (!Files.exists(file)) {
            return;
        }
        List<Entry> entries = read();
        long self = ProcessHandle.current().pid();
        for (Entry entry : entries) {
            if (entry.name().equals(LAUNCHER) && entry.pid() != self && entry.liveProcess().isPresent()) {
                throw new LocalPlatformException("Another launcher (pid " + entry.pid()
                        + ") is running the platform on " + file.getParent()
                        + ". Stop it first (Ctrl-C in its terminal, or kill " + entry.pid() + ").");
            }
        }
        List<ProcessHandle> leftovers = new ArrayList<>();
        for (Entry entry : entries) {
            if (!entry.name().equals(LAUNCHER)) {
                entry.liveProcess().ifPresent(process -> {
                    log.warn("stopping {} (pid {}), left running by an earlier launcher", entry.name(), entry.pid());
                    process.destroy();
                    leftovers.add(process);
                });
            }
        }
        long deadline = System.nanoTime() + grace.toNanos();
        for (ProcessHandle process : leftovers) {
            try {
                process.onExit().get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (Exception e) {
                process.destroyForcibly();
            }
        }
        delete();
    }

    void write(Map<String, ProcessHandle> children) {
        StringBuilder text = new StringBuilder("# name pid start-time(epoch ms): processes of the PropertyOps launcher\n");
        append(text, LAUNCHER, ProcessHandle.current());
        children.forEach((name, child) -> {
            if (child.isAlive()) {
                append(text, name, child);
            }
        });
        try {
            Files.createDirectories(file.getParent());
            Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
            Files.writeString(temporary, text);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    void delete() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("cannot delete {}: {}", file, e.getMessage());
        }
    }

    private static void append(StringBuilder text, String name, ProcessHandle process) {
        long started = process.info().startInstant().map(Instant::toEpochMilli).orElse(0L);
        text.append(name).append(' ').append(process.pid()).append(' ').append(started).append('\n');
    }

    private List<Entry> read() {
        try {
            return Files.readAllLines(file).stream()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.trim().split("\\s+"))
                    .filter(fields -> fields.length == 3)
                    .map(fields -> new Entry(fields[0], Long.parseLong(fields[1]), Long.parseLong(fields[2])))
                    .toList();
        } catch (IOException | NumberFormatException e) {
            log.warn("ignoring unreadable {}: {}", file, e.getMessage());
            return List.of();
        }
    }

    private record Entry(String name, long pid, long startedEpochMillis) {

        Optional<ProcessHandle> liveProcess() {
            return ProcessHandle.of(pid)
                    .filter(ProcessHandle::isAlive)
                    .filter(process -> process.info().startInstant()
                            .map(Instant::toEpochMilli)
                            .map(started -> started == startedEpochMillis)
                            .orElse(false));
        }
    }
}
