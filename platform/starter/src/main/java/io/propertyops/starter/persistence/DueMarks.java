package io.propertyops.starter.persistence;

import java.time.Instant;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * A due mark: a field present only while a document has work waiting (a delivery to send, a reminder to fire),
 * declared as a unique sparse index and removed by the write that finishes the work, so that a poll reads what is
 * waiting rather than every document kept. Its value is a group, the time the work is due (epoch milliseconds,
 * zero-padded so that marks sort by time) and the document's id (which makes it unique). Like the outbox mark, it is
 * found with an anchored regular expression, which mongo-java-server serves from the unique index on the field and
 * real MongoDB from the sparse index.
 */
public final class DueMarks {

    private DueMarks() {
    }

    /** The mark of the document {@code id} in {@code group} (digits and {@code /}, or empty), due at {@code at}. */
    public static String of(String group, Instant at, String id) {
        long millis = at == null ? 0 : Math.max(0, at.toEpochMilli());
        return "%s%013d/%s".formatted(group, millis, id);
    }

    /** The documents marked in {@code field} within {@code group}, the earliest due first. */
    public static Query marked(String field, String group) {
        return Query.query(Criteria.where(field).regex("^" + group)).with(Sort.by(field));
    }
}
