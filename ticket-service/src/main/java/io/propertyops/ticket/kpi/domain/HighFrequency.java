package io.propertyops.ticket.kpi.domain;

import java.util.List;

/**
 * The units and categories with at least {@code minRequests} requests in the period, most first: where a manager
 * should look before owners complain. Buildings are not known to ticket-service (a work order names its unit
 * only), so recurring problems show by unit; requests for common areas name no unit and count by category only.
 */
public record HighFrequency(int minRequests, List<Recurring> units, List<Recurring> categories) {

    public HighFrequency {
        units = List.copyOf(units);
        categories = List.copyOf(categories);
    }
}
