package io.propertyops.facility.meter.web;

import io.propertyops.facility.meter.application.MeterReadings.NewReading;
import io.propertyops.facility.meter.application.Meters;
import io.propertyops.facility.meter.domain.Meter;
import io.propertyops.facility.meter.domain.Register;
import io.propertyops.facility.meter.domain.Tariff;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a CSV file of readings (抄表导入): a header naming the columns ({@code serial}, {@code readAt}, and
 * {@code value} or {@code peak}/{@code valley}/{@code flat}, optionally {@code occupied}), then one reading a line.
 * Every line is checked before anything is recorded; the lines that cannot be read are all listed.
 */
@Component
class ReadingImports {

    static final int MAX_LINES = 10_000;
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm[:ss]");

    private final Meters meters;

    ReadingImports(Meters meters) {
        this.meters = meters;
    }

    record LineProblem(int line, String problem) {
    }

    static final class Rejected extends RuntimeException {
        private final List<LineProblem> lines;

        Rejected(List<LineProblem> lines) {
            super("import rejected", null, false, false);
            this.lines = List.copyOf(lines);
        }

        List<LineProblem> lines() {
            return lines;
        }
    }

    List<NewReading> parse(String communityId, String csv, String readerId) {
        String[] lines = csv.replace("\r", "").split("\n");
        List<LineProblem> problems = new ArrayList<>();
        if (lines.length < 2 || lines[0].isBlank()) {
            throw new Rejected(List.of(new LineProblem(1, "a header line and at least one reading")));
        }
        if (lines.length - 1 > MAX_LINES) {
            throw new Rejected(List.of(new LineProblem(MAX_LINES + 2, "at most " + MAX_LINES + " readings a file")));
        }
        Map<String, Integer> column = new HashMap<>();
        String[] header = lines[0].split(",", -1);
        for (int i = 0; i < header.length; i++) {
            column.put(header[i].strip().toLowerCase(Locale.ROOT), i);
        }
        if (!column.containsKey("serial") || !column.containsKey("readat")) {
            throw new Rejected(List.of(new LineProblem(1, "the header names serial and readAt")));
        }
        Map<String, Meter> bySerial = meters.bySerial(communityId);
        List<NewReading> readings = new ArrayList<>();
        for (int n = 1; n < lines.length; n++) {
            if (lines[n].isBlank()) {
                continue;
            }
            String[] cells = lines[n].split(",", -1);
            try {
                Meter meter = bySerial.get(cell(cells, column, "serial"));
                if (meter == null) {
                    throw new IllegalArgumentException("no meter " + cell(cells, column, "serial") + " in the community");
                }
                Map<Register, BigDecimal> values = new EnumMap<>(Register.class);
                if (meter.tariff() == Tariff.SINGLE) {
                    values.put(Register.TOTAL, number(cell(cells, column, "value"), "value"));
                } else {
                    for (Register register : Tariff.MULTI.registers()) {
                        String name = register.name().toLowerCase(Locale.ROOT);
                        values.put(register, number(cell(cells, column, name), name));
                    }
                }
                String occupied = cell(cells, column, "occupied");
                readings.add(new NewReading(null, meter.id(), instant(cell(cells, column, "readat")), values,
                        occupied == null ? null : Boolean.parseBoolean(occupied), readerId));
            } catch (IllegalArgumentException | DateTimeParseException e) {
                problems.add(new LineProblem(n + 1, e.getMessage()));
            }
        }
        if (!problems.isEmpty()) {
            throw new Rejected(problems);
        }
        return readings;
    }

    private static String cell(String[] cells, Map<String, Integer> column, String name) {
        Integer index = column.get(name);
        if (index == null || index >= cells.length || cells[index].isBlank()) {
            return null;
        }
        return cells[index].strip();
    }

    private static BigDecimal number(String text, String name) {
        if (text == null) {
            throw new IllegalArgumentException(name + " is missing");
        }
        try {
            BigDecimal number = new BigDecimal(text);
            if (number.signum() < 0) {
                throw new IllegalArgumentException(name + " is below zero");
            }
            return number;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " is no number: " + text);
        }
    }

    private Instant instant(String text) {
        if (text == null) {
            throw new IllegalArgumentException("readAt is missing");
        }
        Instant at = text.contains("T") ? OffsetDateTime.parse(text).toInstant()
                : LocalDateTime.parse(text, LOCAL).atZone(meters.zone()).toInstant();
        return at.truncatedTo(ChronoUnit.MILLIS);
    }
}
