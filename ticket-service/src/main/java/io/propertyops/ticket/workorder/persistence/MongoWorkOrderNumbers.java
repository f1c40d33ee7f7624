package io.propertyops.ticket.workorder.persistence;

import io.propertyops.ticket.workorder.domain.WorkOrderNumbers;
import org.bson.Document;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.time.LocalDate;

/** Daily counters in MongoDB, incremented atomically, so replicas never hand out the same number. */
@Component
class MongoWorkOrderNumbers implements WorkOrderNumbers {

    private final MongoTemplate mongo;

    MongoWorkOrderNumbers(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public String next(LocalDate day) {
        String counter = "work-order-" + day;
        Document result = mongo.findAndModify(Query.query(Criteria.where("_id").is(counter)),
                new Update().inc("value", 1L),
                FindAndModifyOptions.options().upsert(true).returnNew(true),
                Document.class, "counters");
        return WorkOrderNumbers.format(day, ((Number) result.get("value")).longValue());
    }
}
