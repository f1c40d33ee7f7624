package io.propertyops.billing.arrears.application;

import io.propertyops.billing.arrears.domain.DunningContact;

import java.util.List;
import java.util.Map;

/** Dunning contacts, per payer. */
public interface DunningContacts {

    /** Stores it unless one of its id is stored (a retried request); false then. */
    boolean insert(DunningContact contact);

    List<DunningContact> of(String payer);

    /** Each payer's latest contact in the community, by payer key. */
    Map<String, DunningContact> latestInCommunity(String communityId);
}
