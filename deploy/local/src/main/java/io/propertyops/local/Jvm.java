package io.propertyops.local;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * How a child JVM is started: the launcher's own {@code java}, the options of its {@link JvmProfile}, and for
 * the infrastructure mains (Kafka, {@link EmbeddedMongo}) the launcher's runtime classpath.
 */
record Jvm(Path executable, String classpath, JvmProfile profile) {

    /** Overrides the classpath the infrastructure processes run with. */
    static final String CLASSPATH_PROPERTY = "propertyops.classpath";

    /**
     * slf4j-simple settings for the infrastructure processes: INFO with timestamps and threads to
     * stdout, i.e. their log file (the launcher's own simplelogger.properties is on their classpath
     * too, and system properties win over it).
     */
    static final List<String> CHILD_LOGGING = List.of(
            "-Dorg.slf4j.simpleLogger.defaultLogLevel=info",
            "-Dorg.slf4j.simpleLogger.log.org.apache.kafka=info",
            "-Dorg.slf4j.simpleLogger.showThreadName=true",
            "-Dorg.slf4j.simpleLogger.showShortLogName=false",
            "-Dorg.slf4j.simpleLogger.dateTimeFormat=yyyy-MM-dd HH:mm:ss.SSS",
            "-Dorg.slf4j.simpleLogger.logFile=System.out");

    static Jvm current(JvmProfile profile) {
        return new Jvm(Path.of(System.getProperty("java.home"), "bin", "java"), launcherClasspath(), profile);
    }

    List<String> runMain(List<String> options, String mainClass, String... args) {
        List<String> command = new ArrayList<>();
        command.add(executable.toString());
        command.addAll(options);
        command.addAll(List.of("-cp", classpath, mainClass));
        command.addAll(List.of(args));
        return command;
    }

    List<String> runJar(List<String> options, Path jar) {
        List<String> command = new ArrayList<>();
        command.add(executable.toString());
        command.addAll(options);
        command.addAll(List.of("-jar", jar.toString()));
        return command;
    }

    /**
     * The run script starts the launcher with exactly {@code target/classes} plus
     * {@code target/launcher.classpath}, so its own classpath would do. Under a test runner the JVM's
     * classpath also holds the test libraries (a second slf4j binding among them), so the children
     * take the same two entries, found next to this class, whenever they exist.
     */
    private static String launcherClasspath() {
        String override = System.getProperty(CLASSPATH_PROPERTY);
        if (override != null && !override.isBlank()) {
            return override;
        }
        try {
            Path classes = Path.of(Jvm.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path listed = classes.resolveSibling("launcher.classpath");
            if (Files.isDirectory(classes) && Files.isRegularFile(listed)) {
                return classes + File.pathSeparator + Files.readString(listed).strip();
            }
        } catch (URISyntaxException | RuntimeException e) {
            // not loaded from a plain directory: fall back to the JVM's classpath
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return System.getProperty("java.class.path");
    }
}
