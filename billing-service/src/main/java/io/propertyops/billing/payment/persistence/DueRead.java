package io.propertyops.billing.payment.persistence;

import io.propertyops.starter.persistence.DueMarks;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** The documents whose due mark has come, read through the mark's unique sparse index, the earliest first. */
final class DueRead {

    private DueRead() {
    }

    static <T> List<T> due(MongoTemplate mongo, Class<T> type, String field, Function<T, String> mark, Instant now,
                           int limit) {
        List<T> due = new ArrayList<>();
        String upTo = DueMarks.of("", now, "~");
        for (T document : mongo.find(DueMarks.marked(field, "").limit(limit), type)) {
            if (mark.apply(document).compareTo(upTo) > 0) {
                break; // the marks sort by time: the rest are later
            }
            due.add(document);
        }
        return due;
    }
}
