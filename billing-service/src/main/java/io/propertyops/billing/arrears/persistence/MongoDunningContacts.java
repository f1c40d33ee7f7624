package io.propertyops.billing.arrears.persistence;

import io.propertyops.billing.arrears.application.DunningContacts;
import io.propertyops.billing.arrears.domain.DunningContact;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Contacts in {@code dunning_contacts}, their ids {@code <payer>/<key>}: a payer's are read by that prefix; a
 * community's latest are read for the worklist page.
 */
@Repository
class MongoDunningContacts implements DunningContacts {

    @Document("dunning_contacts")
    record ContactDocument(@Id String id, String communityId, String payer, String way, String outcome,
                           LocalDate promisedOn, String note, String by, Instant at) {

        static ContactDocument of(DunningContact c) {
            return new ContactDocument(c.id(), c.communityId(), c.payer(), c.way().name(), c.outcome().name(),
                    c.promisedOn(), c.note(), c.by(), c.at());
        }

        DunningContact toDomain() {
            return new DunningContact(id, communityId, payer, DunningContact.Way.valueOf(way),
                    DunningContact.Outcome.valueOf(outcome), promisedOn, note, by, at);
        }
    }

    private final MongoTemplate mongo;

    MongoDunningContacts(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public boolean insert(DunningContact contact) {
        try {
            mongo.insert(ContactDocument.of(contact));
            return true;
        } catch (DuplicateKeyException retried) {
            return false;
        }
    }

    @Override
    public List<DunningContact> of(String payer) {
        // ids start with the payer's key: an anchored prefix the unique _id index serves, on the embedded store too
        return mongo.find(Query.query(Criteria.where("_id").regex("^" + (payer + "/").replaceAll("[^A-Za-z0-9_:/-]", "\\\\$0"))), ContactDocument.class).stream()
                .map(ContactDocument::toDomain).toList();
    }

    @Override
    public Map<String, DunningContact> latestInCommunity(String communityId) {
        Map<String, DunningContact> latest = new HashMap<>();
        for (ContactDocument document : mongo.find(Query.query(Criteria.where("communityId").is(communityId)),
                ContactDocument.class)) {
            DunningContact contact = document.toDomain();
            latest.merge(contact.payer(), contact, (a, b) -> a.at().isAfter(b.at()) ? a : b);
        }
        return latest;
    }
}
