package io.propertyops.notification.delivery.application;

import io.propertyops.notification.delivery.domain.OutboundDelivery;


/** A way to reach a person outside the app: a deployment configures the provider, tests use real local ones. */
public interface Channel {

    /** {@code PUSH}, {@code SMS}, {@code EMAIL}. */
    String name();

    /** Sends it or throws; a throw is a failed attempt that will be retried. */
    void send(OutboundDelivery delivery) throws Exception;
}
