package io.propertyops.ticket.pricing.persistence;

import io.propertyops.ticket.pricing.application.PriceListStore;
import io.propertyops.ticket.pricing.domain.PriceItem;
import io.propertyops.ticket.pricing.domain.PriceList;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.stereotype.Repository;

import java.util.List;
import java.util.Optional;

/** The price lists in {@code price_lists}, one document per community. */
@Repository
class MongoPriceListStore implements PriceListStore {

    @Document("price_lists")
    record PriceListDocument(@Id String communityId, String currency, List<PriceItem> items) {
    }

    private final MongoTemplate mongo;

    MongoPriceListStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Optional<PriceList> find(String communityId) {
        return Optional.ofNullable(mongo.findById(communityId, PriceListDocument.class))
                .map(stored -> new PriceList(communityId, stored.currency(), stored.items()));
    }

    @Override
    public void save(PriceList list) {
        mongo.save(new PriceListDocument(list.communityId(), list.currency(), list.items()));
    }
}
