package io.propertyops.facility.device.application;

import io.propertyops.facility.device.domain.AlarmEpisodes;
import io.propertyops.facility.device.domain.Device;
import io.propertyops.facility.device.domain.DeviceGateway;
import io.propertyops.facility.device.domain.Signatures;
import io.propertyops.facility.finding.application.Findings;
import io.propertyops.facility.finding.domain.Finding;
import io.propertyops.facility.finding.domain.FindingSource;
import io.propertyops.facility.finding.domain.Severity;
import io.propertyops.facility.meter.application.MeterReadings;
import io.propertyops.facility.meter.domain.ReadingSource;
import io.propertyops.facility.meter.domain.Register;
import io.propertyops.starter.domain.ConflictException;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.springframework.stereotype.Service;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Takes a gateway's signed batch: checks the signature and the timestamp, refuses a batch id received before, and
 * handles the batch in bulk — one read of its devices, one of its alarms' episodes, one bulk of new findings, one
 * bulk of readings. Alarms raise a finding per device, alarm type and open episode (while one is open, another raise
 * adds nothing here; ticket-service puts findings about the same equipment and fault into one work order); a cleared
 * alarm clears its finding.
 */
@Service
public class DeviceIntake {

    private final DeviceStore store;
    private final Findings findings;
    private final MeterReadings readings;
    private final Clock clock;
    private final Timer batches;

    DeviceIntake(DeviceStore store, Findings findings, MeterReadings readings, Clock clock, MeterRegistry meters) {
        this.store = store;
        this.findings = findings;
        this.readings = readings;
        this.clock = clock;
        this.batches = Timer.builder("propertyops.facility.device-intake.batch")
                .description("Handling one device gateway batch, after its signature was checked").register(meters);
    }

    /** The signature or the timestamp is wrong, or the gateway unknown: all answer the same. */
    public static final class NotAuthenticated extends RuntimeException {
        private final String code;

        NotAuthenticated(String code, String message) {
            super(message, null, false, false);
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    public record Alarm(String deviceId, String alarmType, AlarmEpisodes.State state, Instant at, String value,
                        Severity severity) {
    }

    public record Reading(String deviceId, Instant at, BigDecimal value, Map<Register, BigDecimal> registers) {
    }

    public record Batch(String batchId, List<Alarm> alarms, List<Reading> readings) {
    }

    public record Accepted(String batchId, int alarms, int findingsRaised, int findingsCleared,
                           List<MeterReadings.Outcome> readings, Set<String> unknownDevices) {
    }

    /** The gateway whose secret signed {@code timestamp + "\n" + body}, at a timestamp within ±5 minutes. */
    public DeviceGateway authenticate(String gatewayId, String timestamp, String signature, byte[] body) {
        Optional<DeviceGateway> gateway = store.gateway(gatewayId);
        if (gateway.isEmpty() || !Signatures.matches(gateway.get().secret(), timestamp == null ? "" : timestamp, body, signature)) {
            throw new NotAuthenticated("bad-signature", "The batch is not signed by a known gateway's secret");
        }
        if (!Signatures.fresh(timestamp, clock.instant())) {
            throw new NotAuthenticated("stale-timestamp", "X-Device-Timestamp is not within 5 minutes of now");
        }
        return gateway.get();
    }

    public Accepted accept(DeviceGateway gateway, Batch batch) {
        if (!store.received(gateway.id(), batch.batchId(), clock.instant())) {
            throw new ConflictException("replayed-batch", "Batch " + batch.batchId() + " was received before");
        }
        try {
            return batches.record(() -> handle(gateway, batch));
        } catch (RuntimeException e) {
            store.forget(gateway.id(), batch.batchId());
            throw e;
        }
    }

    private Accepted handle(DeviceGateway gateway, Batch batch) {
        Set<String> deviceIds = new LinkedHashSet<>();
        batch.alarms().forEach(alarm -> deviceIds.add(alarm.deviceId()));
        batch.readings().forEach(reading -> deviceIds.add(reading.deviceId()));
        Map<String, Device> devices = store.devices(gateway.id(), deviceIds);
        Set<String> unknown = new LinkedHashSet<>(deviceIds);
        unknown.removeAll(devices.keySet());

        Map<String, List<Alarm>> byKey = new LinkedHashMap<>();
        for (Alarm alarm : batch.alarms()) {
            if (devices.containsKey(alarm.deviceId())) {
                byKey.computeIfAbsent(gateway.id() + "/" + alarm.deviceId() + "/" + alarm.alarmType(), k -> new ArrayList<>())
                        .add(alarm);
            }
        }
        Map<String, AlarmEpisodes> stored = store.episodes(byKey.keySet());
        List<AlarmEpisodes> next = new ArrayList<>();
        List<Findings.NewFinding> raised = new ArrayList<>();
        List<String> cleared = new ArrayList<>();
        byKey.forEach((key, alarms) -> {
            Map<Instant, Alarm> byAt = new HashMap<>();
            alarms.forEach(alarm -> byAt.putIfAbsent(alarm.at(), alarm));
            AlarmEpisodes.Changes changes = stored.getOrDefault(key, AlarmEpisodes.none(key)).apply(alarms.stream()
                    .map(alarm -> new AlarmEpisodes.Signal(alarm.state(), alarm.at())).toList());
            next.add(changes.after());
            for (AlarmEpisodes.Raised episode : changes.raised()) {
                Alarm alarm = byAt.get(episode.signal().at());
                raised.add(finding(episode.findingId(), gateway, devices.get(alarm.deviceId()), alarm));
            }
            cleared.addAll(changes.cleared());
        });
        int reported = findings.report(raised).size();
        int clearedCount = 0;
        for (String findingId : cleared) {
            clearedCount += findings.clear(findingId, "the device reported the alarm cleared") ? 1 : 0;
        }
        store.saveEpisodes(next);

        List<MeterReadings.NewReading> newReadings = new ArrayList<>();
        for (Reading reading : batch.readings()) {
            Device device = devices.get(reading.deviceId());
            if (device == null || device.meterId() == null) {
                if (device != null) {
                    unknown.add(reading.deviceId());
                }
                continue;
            }
            Map<Register, BigDecimal> values = reading.registers() != null && !reading.registers().isEmpty()
                    ? reading.registers() : Map.of(Register.TOTAL, reading.value());
            newReadings.add(new MeterReadings.NewReading(null, device.meterId(), reading.at().truncatedTo(ChronoUnit.MILLIS),
                    values, null, device.reporterId()));
        }
        List<MeterReadings.Outcome> outcomes = newReadings.isEmpty() ? List.of() : readings.record(ReadingSource.DEVICE,
                newReadings, meter -> meter.communityId().equals(gateway.communityId()));
        return new Accepted(batch.batchId(), batch.alarms().size(), reported, clearedCount, outcomes, unknown);
    }

    private static Findings.NewFinding finding(String id, DeviceGateway gateway, Device device, Alarm alarm) {
        List<Finding.Evidence> evidence = new ArrayList<>();
        evidence.add(new Finding.Evidence(Finding.Evidence.Kind.ALARM, "报警", alarm.alarmType()));
        if (alarm.value() != null) {
            evidence.add(new Finding.Evidence(Finding.Evidence.Kind.VALUE, "读数", alarm.value()));
        }
        return new Findings.NewFinding(id, gateway.communityId(), FindingSource.DEVICE, device.location(),
                device.locationName(), device.equipmentId(), alarm.alarmType(), device.category(),
                alarm.severity() == null ? Severity.HIGH : alarm.severity(), device.name() + " 报警 " + alarm.alarmType(),
                "Raised by " + device.reporterId() + " at " + alarm.at(), device.reporterId(), evidence);
    }
}
