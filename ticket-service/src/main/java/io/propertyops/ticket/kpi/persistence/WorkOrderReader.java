package io.propertyops.ticket.kpi.persistence;

import io.propertyops.ticket.kpi.application.ReportedWorkOrderReader;
import io.propertyops.ticket.kpi.domain.ReportedWorkOrder;
import io.propertyops.ticket.kpi.domain.ReportingPeriod;
import io.propertyops.ticket.kpi.domain.WorkOrderSearch;
import io.propertyops.ticket.sla.domain.Deadlines;
import io.propertyops.ticket.sla.domain.DeadlineKind;
import io.propertyops.ticket.workorder.domain.TimelineEntry;
import io.propertyops.ticket.shared.domain.Urgency;
import io.propertyops.ticket.shared.domain.WorkOrderKind;
import io.propertyops.ticket.workorder.domain.WorkOrderStatus;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.aggregation.ComparisonOperators;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the work orders ticket-service stores for the reports, and never writes them: the work-order aggregate and
 * its repository stay the only writers. Takes only the fields the reports use (no outbox, no reporter's contact).
 */
@Component
class WorkOrderReader implements ReportedWorkOrderReader {

    static final String COLLECTION = "work_orders";
    private static final Pattern REGEX_METACHARACTERS = Pattern.compile("[\\\\^$.|?*+()\\[\\]{}]");

    private final MongoTemplate mongo;

    WorkOrderReader(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** A work order as stored, as far as the reports read it. */
    record Row(String id, String number, String communityId, String unitId, String kind, String category,
               String urgency, String status, String title, Instant submittedAt, String accountableAgentId,
               String assigneeId, int reopenCount, Instant onHoldSince, List<TimelineEntry> timeline,
               Deadlines deadlines) {

        ReportedWorkOrder toReported() {
            return new ReportedWorkOrder(id, number, communityId, unitId, WorkOrderKind.valueOf(kind), category,
                    Urgency.valueOf(urgency), WorkOrderStatus.valueOf(status), title, submittedAt, accountableAgentId,
                    assigneeId, reopenCount, onHoldSince, timeline, deadlines == null ? Map.of() : deadlines.byKind());
        }
    }

    @Override
    public Page<ReportedWorkOrder> search(WorkOrderSearch search, Instant now, Pageable pageable) {
        Query query = rowsOnly(Query.query(matching(search, now)));
        long total = mongo.count(query, COLLECTION);
        query.with(pageable).with(Sort.by(Sort.Direction.DESC, "submittedAt", "_id"));
        return new PageImpl<>(mongo.find(query, Row.class, COLLECTION).stream().map(Row::toReported).toList(),
                pageable, total);
    }

    @Override
    public List<ReportedWorkOrder> touchedIn(String communityId, ReportingPeriod period) {
        Query query = rowsOnly(Query.query(Criteria.where("communityId").is(communityId)
                .and("submittedAt").lt(period.to())
                .orOperator(Criteria.where("timeline.at").gte(period.from()),
                        Criteria.where("status").in(names(ReportedWorkOrder.OPEN)))));
        try (var rows = mongo.stream(query, Row.class, COLLECTION)) {
            return rows.map(Row::toReported).toList();
        }
    }

    private static Criteria matching(WorkOrderSearch search, Instant now) {
        List<Criteria> all = new ArrayList<>();
        all.add(Criteria.where("communityId").is(search.communityId()));
        if (!search.statuses().isEmpty()) {
            all.add(Criteria.where("status").in(names(search.statuses())));
        }
        equal(all, "kind", search.kind());
        equal(all, "category", search.category());
        equal(all, "urgency", search.urgency());
        equal(all, "unitId", search.unitId());
        equal(all, "assigneeId", search.assigneeId());
        equal(all, "accountableAgentId", search.accountableAgentId());
        if (search.createdFrom() != null || search.createdTo() != null) {
            Criteria submitted = Criteria.where("submittedAt");
            if (search.createdFrom() != null) {
                submitted = submitted.gte(search.createdFrom());
            }
            if (search.createdTo() != null) {
                submitted = submitted.lt(search.createdTo());
            }
            all.add(submitted);
        }
        if (search.text() != null) {
            Pattern contains = Pattern.compile(escaped(search.text()), Pattern.CASE_INSENSITIVE);
            all.add(new Criteria().orOperator(Criteria.where("title").regex(contains),
                    Criteria.where("description").regex(contains)));
        }
        if (search.overdue() != null) {
            Criteria overdue = overdue(now);
            all.add(search.overdue() ? overdue : new Criteria().norOperator(overdue));
        }
        return new Criteria().andOperator(all);
    }

    /** The query form of {@link ReportedWorkOrder#isOverdueAt}. */
    private static Criteria overdue(Instant now) {
        List<Criteria> passedWhileRunning = new ArrayList<>();
        List<Criteria> passedBeforeHold = new ArrayList<>();
        for (DeadlineKind kind : DeadlineKind.values()) {
            String deadline = "deadlines.byKind." + kind.name();
            passedWhileRunning.add(Criteria.where(deadline + ".metAt").is(null).and(deadline + ".due").lt(now));
            passedBeforeHold.add(Criteria.where(deadline + ".metAt").is(null).and(deadline + ".due").lt(now)
                    .andOperator(Criteria.expr(ComparisonOperators.valueOf(deadline + ".due").lessThan("onHoldSince"))));
        }
        return new Criteria().orOperator(
                Criteria.where("status").in(names(ReportedWorkOrder.RUNNING)).orOperator(passedWhileRunning),
                Criteria.where("status").is(WorkOrderStatus.ON_HOLD.name()).orOperator(passedBeforeHold));
    }

    private static void equal(List<Criteria> all, String field, Object value) {
        if (value != null) {
            all.add(Criteria.where(field).is(value instanceof Enum<?> e ? e.name() : value));
        }
    }

    /** Staff type text, not patterns: every character stands for itself, in MongoDB's PCRE as in Java. */
    static String escaped(String text) {
        // a BSON regular expression is a C string, which cannot hold a NUL: the pattern names it by its escape
        return REGEX_METACHARACTERS.matcher(text).replaceAll(m -> Matcher.quoteReplacement("\\" + m.group()))
                .replace("\u0000", "\\x00");
    }

    private static Query rowsOnly(Query query) {
        query.fields().include("number", "communityId", "unitId", "kind", "category", "urgency", "status", "title",
                "submittedAt", "accountableAgentId", "assigneeId", "reopenCount", "onHoldSince", "timeline", "deadlines");
        return query;
    }

    private static List<String> names(Collection<WorkOrderStatus> statuses) {
        return statuses.stream().map(Enum::name).toList();
    }
}
