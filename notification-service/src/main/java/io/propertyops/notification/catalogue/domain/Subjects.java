package io.propertyops.notification.catalogue.domain;

import io.propertyops.events.Topics;

import java.util.Locale;

/**
 * What a message is about, as the inbox and the apps name it: {@code WORK_ORDER} for work-order events, else the
 * domain of the event's topic ({@code FACILITY} for facility's rounds, findings, equipment and meters,
 * {@code BILLING} for bills, payments, refunds, late fees, disclosures and approvals).
 */
public final class Subjects {

    private Subjects() {
    }

    public static String typeOf(String topic) {
        return Topics.TICKET.equals(topic) ? "WORK_ORDER" : topic.split("\\.")[1].toUpperCase(Locale.ROOT);
    }
}
