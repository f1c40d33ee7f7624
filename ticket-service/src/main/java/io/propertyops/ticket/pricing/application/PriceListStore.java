package io.propertyops.ticket.pricing.application;

import io.propertyops.ticket.pricing.domain.PriceList;

import java.util.Optional;

/** Where each community's published price list is kept (port). */
public interface PriceListStore {

    /** The list the community published, if it published one. */
    Optional<PriceList> find(String communityId);

    void save(PriceList list);
}
