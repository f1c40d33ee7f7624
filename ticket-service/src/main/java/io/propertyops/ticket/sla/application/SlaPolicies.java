package io.propertyops.ticket.sla.application;

import io.propertyops.starter.web.Caller;
import io.propertyops.ticket.CommunityCache;
import io.propertyops.ticket.sla.domain.BusinessCalendar;
import io.propertyops.ticket.sla.domain.CommunitySla;
import io.propertyops.ticket.sla.domain.Deadlines;
import io.propertyops.ticket.sla.domain.SlaDefaults;
import io.propertyops.ticket.sla.domain.SlaPolicy;
import io.propertyops.ticket.shared.domain.Urgency;
import io.propertyops.ticket.shared.domain.WorkOrderKind;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;

/**
 * Each community's service levels: the deadlines a work order gets, and the policy and calendar its staff read and
 * edit. A community whose staff have set nothing gets {@link SlaDefaults}.
 */
@Service
public class SlaPolicies {

    private final SlaPolicyStore repository;
    private final SlaProperties properties;
    private final Clock clock;
    /** Read on every intake and many steps; another replica's change is seen within {@link CommunityCache#EXPIRY}. */
    private final CommunityCache<CommunitySla> cache;

    SlaPolicies(SlaPolicyStore repository, SlaProperties properties, Clock clock) {
        this.repository = repository;
        this.properties = properties;
        this.clock = clock;
        this.cache = new CommunityCache<>(this::load);
    }

    public Deadlines deadlinesFor(String communityId, WorkOrderKind kind, String category, Urgency urgency,
                                  Instant submittedAt) {
        CommunitySla sla = inForce(communityId);
        return sla.policy().deadlinesFor(kind, category, urgency, submittedAt, sla.calendar());
    }

    /** The deadlines once a work order resumes after being on hold from {@code pausedAt}. */
    public Deadlines afterPause(String communityId, Deadlines deadlines, Instant pausedAt, Instant resumedAt) {
        return deadlines.afterPause(pausedAt, resumedAt, inForce(communityId).calendar());
    }

    public Deadlines afterUrgencyChange(String communityId, Deadlines current, WorkOrderKind kind, String category,
                                        Urgency newUrgency, Instant submittedAt) {
        CommunitySla sla = inForce(communityId);
        return sla.policy().afterUrgencyChange(current, kind, category, newUrgency, submittedAt, sla.calendar());
    }

    public CommunitySla inForce(String communityId) {
        return cache.get(communityId);
    }

    private CommunitySla load(String communityId) {
        return repository.find(communityId).orElseGet(() -> new CommunitySla(communityId, SlaDefaults.policy(),
                SlaDefaults.calendar(properties.zone(), properties.publicHolidays(), properties.makeUpWorkingDays()),
                null, null, null));
    }

    public CommunitySla get(Caller caller, String communityId) {
        caller.requireCommunity(communityId);
        return load(communityId); // what staff edit is what is stored, not what this replica has cached
    }

    /**
     * Replaces a community's policy and calendar.
     *
     * @param expectedVersion the version the caller edited (its {@code If-Match}), or null to overwrite
     */
    public CommunitySla replace(Caller caller, String communityId, SlaPolicy policy, BusinessCalendar calendar,
                                Long expectedVersion) {
        caller.requireCommunity(communityId);
        CommunitySla saved = repository.save(new CommunitySla(communityId, policy, calendar, null, clock.instant(),
                caller.id()), expectedVersion);
        cache.put(communityId, saved);
        return saved;
    }

}
