package io.propertyops.ticket.sla.persistence;

import io.propertyops.ticket.sla.application.SlaPolicyStore;
import io.propertyops.ticket.sla.domain.Allowance;
import io.propertyops.ticket.sla.domain.BusinessCalendar;
import io.propertyops.ticket.sla.domain.CommunitySla;
import io.propertyops.ticket.sla.domain.Counting;
import io.propertyops.ticket.sla.domain.SlaPolicy;
import io.propertyops.ticket.sla.domain.SlaRule;
import io.propertyops.ticket.sla.domain.WorkingHours;
import io.propertyops.ticket.sla.persistence.SlaPolicyDocument.AllowanceEntry;
import io.propertyops.ticket.sla.persistence.SlaPolicyDocument.HoursEntry;
import io.propertyops.ticket.sla.persistence.SlaPolicyDocument.RuleEntry;
import io.propertyops.ticket.shared.domain.Urgency;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Stores one document per community in {@code sla_policies}, keyed by the community id. */
@Repository
class SlaPolicyRepository implements SlaPolicyStore {

    private final MongoTemplate mongo;

    SlaPolicyRepository(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Optional<CommunitySla> find(String communityId) {
        return Optional.ofNullable(mongo.findById(communityId, SlaPolicyDocument.class)).map(SlaPolicyRepository::toDomain);
    }

    /**
     * Writes a community's settings over what is stored.
     *
     * @param expectedVersion the stored version the change was made to, or null to overwrite whatever is there
     * @throws OptimisticLockingFailureException if the stored version is another, or someone else wrote first
     */
    @Override
    public CommunitySla save(CommunitySla sla, Long expectedVersion) {
        SlaPolicyDocument stored = mongo.findById(sla.communityId(), SlaPolicyDocument.class);
        Long storedVersion = stored == null ? null : stored.version;
        if (expectedVersion != null && !expectedVersion.equals(storedVersion)) {
            throw new OptimisticLockingFailureException("SLA policy of " + sla.communityId() + " is at version "
                    + storedVersion + ", not " + expectedVersion);
        }
        SlaPolicyDocument document = toDocument(sla);
        document.version = storedVersion;
        try {
            return toDomain(mongo.save(document));
        } catch (DuplicateKeyException e) {
            throw new OptimisticLockingFailureException("SLA policy of " + sla.communityId() + " was created meanwhile", e);
        }
    }

    private static SlaPolicyDocument toDocument(CommunitySla sla) {
        BusinessCalendar calendar = sla.calendar();
        SlaPolicyDocument document = new SlaPolicyDocument();
        document.communityId = sla.communityId();
        document.zone = calendar.zone().getId();
        document.weeklyHours = new LinkedHashMap<>();
        calendar.weeklyHours().forEach((day, hours) -> document.weeklyHours.put(day.name(), entry(hours)));
        document.holidays = calendar.holidays().stream().map(LocalDate::toString).toList();
        document.makeUpDays = calendar.makeUpDays().stream().map(LocalDate::toString).toList();
        document.makeUpDayHours = entry(calendar.makeUpDayHours());
        document.rules = sla.policy().rules().stream().map(rule -> new RuleEntry(rule.urgency().name(), rule.category(),
                entry(rule.response()), entry(rule.arrival()), entry(rule.resolution()), entry(rule.reply()))).toList();
        document.updatedAt = sla.updatedAt();
        document.updatedBy = sla.updatedBy();
        return document;
    }

    private static CommunitySla toDomain(SlaPolicyDocument document) {
        Map<DayOfWeek, WorkingHours> week = new EnumMap<>(DayOfWeek.class);
        document.weeklyHours.forEach((day, hours) -> week.put(DayOfWeek.valueOf(day), hours(hours)));
        BusinessCalendar calendar = new BusinessCalendar(ZoneId.of(document.zone), week,
                document.holidays.stream().map(LocalDate::parse).collect(Collectors.toSet()),
                document.makeUpDays.stream().map(LocalDate::parse).collect(Collectors.toSet()),
                hours(document.makeUpDayHours));
        SlaPolicy policy = new SlaPolicy(document.rules.stream().map(rule -> new SlaRule(Urgency.valueOf(rule.urgency()),
                rule.category(), allowance(rule.response()), allowance(rule.arrival()), allowance(rule.resolution()),
                allowance(rule.reply()))).toList());
        return new CommunitySla(document.communityId, policy, calendar, document.version, document.updatedAt,
                document.updatedBy);
    }

    private static HoursEntry entry(WorkingHours hours) {
        return new HoursEntry(hours.opens().toString(), hours.closes().toString());
    }

    private static WorkingHours hours(HoursEntry entry) {
        return new WorkingHours(LocalTime.parse(entry.opens()), LocalTime.parse(entry.closes()));
    }

    private static AllowanceEntry entry(Allowance allowance) {
        return allowance == null ? null : new AllowanceEntry(allowance.counting().name(),
                allowance.within() == null ? null : allowance.within().toString());
    }

    private static Allowance allowance(AllowanceEntry entry) {
        return entry == null ? null : new Allowance(Counting.valueOf(entry.counting()),
                entry.within() == null ? null : Duration.parse(entry.within()));
    }
}
