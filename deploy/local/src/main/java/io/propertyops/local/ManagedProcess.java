package io.propertyops.local;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/** A started {@link Part}: its process, output appended to its log file. */
final class ManagedProcess {

    private static final Logger log = LoggerFactory.getLogger(LocalPlatform.class);
    private static final Duration FORCED_EXIT_WAIT = Duration.ofSeconds(5);

    private final Part part;
    private final Path logFile;
    private final Process process;
    private final long startedNanos = System.nanoTime();
    private volatile boolean ending;

    private ManagedProcess(Part part, Path logFile, Process process, BooleanSupplier platformStopping) {
        this.part = part;
        this.logFile = logFile;
        this.process = process;
        // Ctrl-C reaches the children too (same process group), and they may exit before the
        // platform has marked them as ending: look a moment later, so that is not reported
        process.onExit().thenAcceptAsync(exited -> {
            if (!ending && !platformStopping.getAsBoolean()) {
                log.warn("{} (pid {}) exited unexpectedly with code {}; see {}", part.name(), exited.pid(),
                        exited.exitValue(), logFile);
            }
        }, CompletableFuture.delayedExecutor(300, TimeUnit.MILLISECONDS));
    }

    /** Starts a prepared part. */
    static ManagedProcess start(Part part, Path logFile, Clock clock, BooleanSupplier platformStopping) {
        try {
            List<String> command = part.command();
            Files.writeString(logFile, "==== " + LocalDateTime.now(clock) + " starting " + part.name() + ": "
                            + String.join(" ", command) + System.lineSeparator(),
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(Redirect.appendTo(logFile.toFile()));
            builder.environment().putAll(part.environment());
            Process process = builder.start();
            process.getOutputStream().close(); // nothing to say on its stdin
            return new ManagedProcess(part, logFile, process, platformStopping);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + part.name(), e);
        }
    }

    Part part() {
        return part;
    }

    String name() {
        return part.name();
    }

    Path logFile() {
        return logFile;
    }

    ProcessHandle handle() {
        return process.toHandle();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    int exitValue() {
        return process.exitValue();
    }

    Duration age() {
        return Duration.ofNanos(System.nanoTime() - startedNanos);
    }

    /** SIGKILL, like a crash; returns once the process is gone. */
    void kill() {
        ending = true;
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        awaitExit(process, FORCED_EXIT_WAIT);
    }

    /**
     * Stops them together: SIGTERM to all, then each gets its {@link Part#stopGrace()} to exit before
     * SIGKILL.
     */
    static void stopAll(Collection<ManagedProcess> processes) {
        List<ManagedProcess> alive = processes.stream().filter(ManagedProcess::isAlive).toList();
        alive.forEach(managed -> {
            managed.ending = true;
            managed.process.destroy();
        });
        long begin = System.nanoTime();
        for (ManagedProcess managed : alive) {
            Duration grace = managed.part.stopGrace();
            Duration left = grace.minusNanos(System.nanoTime() - begin);
            if (!awaitExit(managed.process, left.isNegative() ? Duration.ZERO : left)) {
                log.warn("{} did not stop within {} s; killing it", managed.name(), grace.toSeconds());
                managed.kill();
            }
        }
    }

    private static boolean awaitExit(Process process, Duration timeout) {
        try {
            return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !process.isAlive();
        }
    }
}
