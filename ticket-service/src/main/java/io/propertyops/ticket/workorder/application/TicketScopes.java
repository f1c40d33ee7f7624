package io.propertyops.ticket.workorder.application;

/** The scopes an integration client's token needs for work orders; security-service registers clients with them. */
public final class TicketScopes {

    /** Read the work orders of the client's communities. */
    public static final String READ = "tickets.read";
    /** Report work orders on an owner's behalf in the client's communities. */
    public static final String WRITE = "tickets.write";

    private TicketScopes() {
    }
}
