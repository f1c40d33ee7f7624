package io.propertyops.security.client.application;

import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;

import java.util.List;

/** Clients registered by another feature, e.g. the demo integration client. */
@FunctionalInterface
public interface ClientRegistrations {

    List<RegisteredClient> registrations();
}
