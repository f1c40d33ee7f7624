package io.propertyops.facility.meter.application;

import io.propertyops.events.DomainEvent;
import io.propertyops.facility.finding.application.Findings;
import io.propertyops.facility.finding.domain.Finding;
import io.propertyops.facility.finding.domain.FindingSource;
import io.propertyops.facility.finding.domain.Severity;
import io.propertyops.facility.meter.domain.Meter;
import io.propertyops.facility.meter.domain.MeterPosition;
import io.propertyops.facility.meter.domain.MeterReading;
import io.propertyops.facility.meter.domain.Plausibility;
import io.propertyops.facility.meter.domain.ReadingPeriod;
import io.propertyops.facility.meter.domain.ReadingSource;
import io.propertyops.facility.meter.domain.ReadingStatus;
import io.propertyops.facility.meter.domain.Register;
import io.propertyops.starter.domain.NotFoundException;
import io.propertyops.starter.domain.PreconditionFailedException;
import io.propertyops.starter.domain.RuleViolationException;
import io.propertyops.starter.web.Caller;
import org.springframework.stereotype.Service;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * Records meter readings from every channel — staff rounds, owners in the app, imports, devices — in bulk: one read
 * of the meters, their positions, their months and the readings already stored, one bulk insert, one bulk of
 * position updates. Each reading is judged against its meter's last counted reading ({@link Plausibility}); an
 * implausible one is held (and published, and reported as a finding) until someone other than its reader approves
 * it with a photo. The same reading sent twice (the same meter at the same moment) is recorded once.
 */
@Service
public class MeterReadings {

    /** How far in the future a reading's time may be (a device's clock running ahead). */
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);
    private static final int POSITION_ATTEMPTS = 5;

    private final MeterStore meters;
    private final ReadingStore readings;
    private final PeriodStore periods;
    private final Findings findings;
    private final MeterProperties properties;
    private final Plausibility plausibility;
    private final Clock clock;

    MeterReadings(MeterStore meters, ReadingStore readings, PeriodStore periods, Findings findings,
                  MeterProperties properties, Clock clock) {
        this.meters = meters;
        this.readings = readings;
        this.periods = periods;
        this.findings = findings;
        this.properties = properties;
        this.plausibility = new Plausibility(properties.jumpFactor(), properties.historyMonths(), properties.minimumMonths());
        this.clock = clock;
    }

    /**
     * A reading to record.
     *
     * @param id       null for the meter and moment ({@link MeterReading#idOf}); an owner's is one per meter and month
     * @param occupied what the reader says of the unit (入住): TRUE occupied, FALSE empty, null unknown
     */
    public record NewReading(String id, String meterId, Instant readAt, Map<Register, BigDecimal> values,
                             Boolean occupied, String readerId) {
    }

    /** What became of one reading: counted, held, recorded before (with what it was then), or refused and why. */
    public record Outcome(String meterId, Instant readAt, String readingId, Result result, ReadingStatus status,
                          String problem) {

        public enum Result { COUNTED, HELD, DUPLICATE, REFUSED }

        static Outcome refused(NewReading reading, String problem) {
            return new Outcome(reading.meterId(), reading.readAt(), null, Result.REFUSED, null, problem);
        }
    }

    /**
     * Records readings from one source; each is refused on its own (an unknown meter, a closed month …) without
     * stopping the others.
     *
     * @param mayRead whether the caller may read this meter (staff: its community; owners: their unit's)
     */
    public List<Outcome> record(ReadingSource source, List<NewReading> batch, Predicate<Meter> mayRead) {
        Instant now = clock.instant();
        Map<String, Meter> known = meters.findAll(batch.stream().map(NewReading::meterId).distinct().toList());
        Outcome[] outcomes = new Outcome[batch.size()];
        Map<Integer, YearMonth> periodOf = new HashMap<>();
        Set<String> periodIds = new HashSet<>();
        for (int i = 0; i < batch.size(); i++) {
            NewReading reading = batch.get(i);
            Meter meter = known.get(reading.meterId());
            String problem = meter == null || !mayRead.test(meter) ? "unknown-meter"
                    : meter.retired() ? "meter-retired"
                    : !reading.values().keySet().equals(Set.copyOf(meter.tariff().registers())) ? "registers-mismatch"
                    : reading.values().values().stream().anyMatch(value -> value.signum() < 0) ? "negative-value"
                    : reading.readAt().isAfter(now.plus(CLOCK_SKEW)) ? "read-in-the-future"
                    : reading.readAt().isBefore(meter.installedAt()) ? "read-before-installation"
                    : null;
            if (problem != null) {
                outcomes[i] = Outcome.refused(reading, problem);
                continue;
            }
            YearMonth period = YearMonth.from(reading.readAt().atZone(properties.zone()));
            periodOf.put(i, period);
            periodIds.add(ReadingPeriod.idOf(meter.communityId(), period));
        }
        Map<String, ReadingPeriod> months = periods.findAll(periodIds);
        Map<String, Integer> indexOfId = new LinkedHashMap<>();
        for (int i = 0; i < batch.size(); i++) {
            if (outcomes[i] != null) {
                continue;
            }
            NewReading reading = batch.get(i);
            ReadingPeriod month = months.get(ReadingPeriod.idOf(known.get(reading.meterId()).communityId(), periodOf.get(i)));
            if (month != null && !month.takesReadings()) {
                outcomes[i] = Outcome.refused(reading, "period-closed");
                continue;
            }
            String id = idOf(reading);
            if (indexOfId.putIfAbsent(id, i) != null) {
                outcomes[i] = new Outcome(reading.meterId(), reading.readAt(), id, Outcome.Result.DUPLICATE, null, null);
            }
        }
        Map<String, MeterReading> stored = readings.findAll(indexOfId.keySet());
        Map<String, MeterPosition> positions = new HashMap<>(meters.positions(indexOfId.values().stream()
                .map(i -> batch.get(i).meterId()).distinct().toList()));

        List<Integer> order = new ArrayList<>(indexOfId.values());
        order.sort(Comparator.comparing((Integer i) -> batch.get(i).meterId()).thenComparing(i -> batch.get(i).readAt()));
        List<MeterReading> fresh = new ArrayList<>();
        List<MeterReading> recounted = new ArrayList<>();
        Map<String, List<DomainEvent>> events = new HashMap<>();
        for (int i : order) {
            NewReading reading = batch.get(i);
            String id = idOf(reading);
            MeterReading earlier = stored.get(id);
            if (earlier != null) {
                if (earlier.status().counts()) {
                    recounted.add(earlier); // its position may not have been saved (a crash after the insert)
                }
                outcomes[i] = new Outcome(reading.meterId(), reading.readAt(), id, Outcome.Result.DUPLICATE, earlier.status(), null);
                continue;
            }
            Meter meter = known.get(reading.meterId());
            MeterPosition position = positions.getOrDefault(meter.id(), MeterPosition.none(meter.id()));
            if (position.last() != null && !reading.readAt().isAfter(position.last().readAt())) {
                outcomes[i] = Outcome.refused(reading, "not-after-last-counted");
                continue;
            }
            YearMonth period = periodOf.get(i);
            Plausibility.Verdict verdict = plausibility.judge(meter, position, period, reading.values(), reading.occupied());
            ReadingStatus status = verdict.plausible() ? ReadingStatus.COUNTED : ReadingStatus.HELD;
            MeterReading recorded = new MeterReading(id, meter.communityId(), meter.id(), meter.unitId(), period,
                    reading.readAt(), reading.values(), source, reading.readerId(), reading.occupied(), null,
                    verdict.consumption(), verdict.rollover(), verdict.rules(), status, null, null, null, now, 1);
            fresh.add(recorded);
            if (status == ReadingStatus.HELD) {
                events.put(id, List.of(recorded.held(UUID.randomUUID().toString(), meter)));
            } else {
                positions.put(meter.id(), position.counting(recorded.point(), period));
            }
            outcomes[i] = new Outcome(reading.meterId(), reading.readAt(), id,
                    status == ReadingStatus.HELD ? Outcome.Result.HELD : Outcome.Result.COUNTED, status, null);
        }

        List<MeterReading> written = readings.insertNew(fresh, events);
        Set<String> writtenIds = new HashSet<>();
        written.forEach(reading -> writtenIds.add(reading.id()));
        for (int i = 0; i < outcomes.length; i++) {
            Outcome outcome = outcomes[i];
            if (outcome.readingId() != null && (outcome.result() == Outcome.Result.COUNTED
                    || outcome.result() == Outcome.Result.HELD) && !writtenIds.contains(outcome.readingId())) {
                // recorded by a concurrent request between our read and our write
                outcomes[i] = new Outcome(outcome.meterId(), outcome.readAt(), outcome.readingId(),
                        Outcome.Result.DUPLICATE, null, null);
            }
        }
        recounted.addAll(written.stream().filter(reading -> reading.status().counts()).toList());
        count(recounted);
        reportHeld(written.stream().filter(reading -> reading.status() == ReadingStatus.HELD).toList(), known);
        return List.of(outcomes);
    }

    /** A reading staff of its community may see, or an owner or resident of its unit. */
    public MeterReading get(Caller caller, String id) {
        return readings.find(id).filter(reading -> staff(caller) && caller.inCommunity(reading.communityId())
                        || reading.unitId() != null && caller.ownsUnit(reading.unitId()))
                .orElseThrow(() -> new NotFoundException("Reading", id));
    }

    private static boolean staff(Caller caller) {
        return caller.roles().stream().anyMatch(role -> !role.equals("OWNER") && !role.equals("RESIDENT"));
    }

    public List<MeterReading> list(Caller caller, String communityId, String meterId, YearMonth period,
                                   ReadingStatus status, int page, int size) {
        caller.requireCommunity(communityId);
        return readings.list(communityId, meterId, period, status, page, size);
    }

    /** Adds the photo of the meter a held reading needs before it is approved. */
    public MeterReading attachPhoto(Caller caller, String id, String mediaType, InputStream bytes) {
        MeterReading reading = get(caller, id);
        reading.withPhoto("pending"); // refuses a decided reading before any byte is stored
        String photoId = readings.storePhoto(id, mediaType, bytes);
        return save(readings.find(id).orElseThrow().withPhoto(photoId));
    }

    public Optional<ReadingStore.Photo> photo(Caller caller, String id) {
        MeterReading reading = get(caller, id);
        return reading.photoId() == null ? Optional.empty() : readings.photo(reading.photoId());
    }

    /** Approves a held reading (with its photo, by someone other than its reader): it counts from now on. */
    public MeterReading approve(Caller caller, String id, String note, Long expectedVersion) {
        MeterReading reading = current(caller, id, expectedVersion);
        MeterReading approved = save(reading.approve(caller.id(), note, clock.instant()));
        count(List.of(approved));
        findings.clear(findingIdOf(id), "reading approved by " + caller.id() + (note == null ? "" : ": " + note));
        return approved;
    }

    /** Rejects a held reading: it never counts. */
    public MeterReading reject(Caller caller, String id, String note, Long expectedVersion) {
        // the caller's access first: someone else's reading is not found, whatever they sent
        MeterReading reading = current(caller, id, expectedVersion);
        if (note == null || note.isBlank()) {
            throw new RuleViolationException("reason-required", "note", "Say why the reading is rejected");
        }
        MeterReading rejected = save(reading.reject(caller.id(), note, clock.instant()));
        findings.clear(findingIdOf(id), "reading rejected by " + caller.id() + ": " + note);
        return rejected;
    }

    private MeterReading current(Caller caller, String id, Long expectedVersion) {
        MeterReading reading = get(caller, id);
        if (expectedVersion != null && expectedVersion != reading.version()) {
            throw new PreconditionFailedException("stale-version", "The reading changed since version " + expectedVersion);
        }
        return reading;
    }

    private MeterReading save(MeterReading next) {
        if (!readings.replace(next, next.version() - 1)) {
            throw new PreconditionFailedException("stale-version", "The reading changed meanwhile; read it again");
        }
        return next;
    }

    /** Moves the meters' positions by counted readings: version-checked, read again and re-applied when raced. */
    private void count(List<MeterReading> counted) {
        Map<String, List<MeterReading>> byMeter = new HashMap<>();
        counted.forEach(reading -> byMeter.computeIfAbsent(reading.meterId(), m -> new ArrayList<>()).add(reading));
        for (int attempt = 0; attempt < POSITION_ATTEMPTS && !byMeter.isEmpty(); attempt++) {
            Map<String, MeterPosition> stored = meters.positions(byMeter.keySet());
            List<MeterPosition> next = new ArrayList<>();
            byMeter.forEach((meterId, list) -> {
                MeterPosition position = stored.getOrDefault(meterId, MeterPosition.none(meterId));
                for (MeterReading reading : list) {
                    position = position.counting(reading.point(), reading.period());
                }
                next.add(position);
            });
            List<String> raced = meters.savePositions(next);
            byMeter.keySet().retainAll(Set.copyOf(raced));
        }
        if (!byMeter.isEmpty()) {
            throw new IllegalStateException("positions of " + byMeter.keySet() + " kept changing");
        }
    }

    private void reportHeld(List<MeterReading> held, Map<String, Meter> known) {
        if (held.isEmpty()) {
            return;
        }
        findings.report(held.stream().map(reading -> {
            Meter meter = known.get(reading.meterId());
            String rule = reading.rules().getFirst();
            List<Finding.Evidence> evidence = new ArrayList<>();
            evidence.add(new Finding.Evidence(Finding.Evidence.Kind.VALUE, "读数", reading.value().toPlainString()));
            if (reading.totalConsumption() != null) {
                evidence.add(new Finding.Evidence(Finding.Evidence.Kind.VALUE, "用量",
                        reading.totalConsumption().toPlainString() + " " + meter.kind().quantityUnit()));
            }
            evidence.add(new Finding.Evidence(Finding.Evidence.Kind.TEXT, "规则", String.join(", ", reading.rules())));
            return new Findings.NewFinding(findingIdOf(reading.id()), reading.communityId(), FindingSource.METER,
                    meter.location(), meter.locationName(), meter.equipmentId(), "meter.implausible-" + rule, "metering",
                    rule.equals(Plausibility.JUMP) ? Severity.HIGH : Severity.MEDIUM,
                    "表计读数异常 " + meter.serial(), "Reading " + reading.id() + " is held: " + String.join(", ", reading.rules()),
                    reading.readerId(), evidence);
        }).toList());
    }

    static String findingIdOf(String readingId) {
        return "meter:" + readingId;
    }

    private static String idOf(NewReading reading) {
        return reading.id() != null ? reading.id() : MeterReading.idOf(reading.meterId(), reading.readAt());
    }
}
