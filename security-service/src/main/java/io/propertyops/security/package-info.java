/**
 * security-service: the PropertyOps identity provider, an OAuth2 / OpenID Connect authorization server, on the
 * service template ({@code feature.{domain, application, persistence, web}}).
 *
 * <ul>
 *   <li>{@code account} — people who sign in (owners, residents, staff): the {@code Account} aggregate with its unit
 *       bindings and password policy, opening accounts, granting roles, verifying bindings, and their MongoDB
 *       store.</li>
 *   <li>{@code login} — the login form: looking accounts up, locking a username after repeated failures, auditing
 *       every outcome; {@code AccountPrincipal} is the signed-in account the other sign-in paths share.</li>
 *   <li>{@code sms} — phone + one-time SMS code login: the codes, their limits and the token grant.</li>
 *   <li>{@code token} — what a token says ({@code sub}, {@code roles}, {@code community_ids}, {@code unit_ids}),
 *       the grants the server remembers, and the RSA signing keys, kept in MongoDB so restarts and replicas sign and
 *       verify alike.</li>
 *   <li>{@code client} — the registered OAuth2 clients: the mobile app and the staff portal (public, PKCE,
 *       rotating refresh tokens) and integration clients (client credentials).</li>
 *   <li>{@code audit} — the security audit log.</li>
 *   <li>{@code demo} — demo accounts and the demo integration client, only when a demo data file is configured.</li>
 * </ul>
 * Spring Authorization Server's extension points (the SMS-code grant, the token customizer, public-client
 * authentication, client registrations) are use cases told in the server's own SPI, so they live in their feature's
 * {@code application} layer; the protocol endpoints are the server's own filters, which {@code SecurityConfiguration}
 * here wires into the filter chains with the login form. Features depend one way: {@code account} on nothing else,
 * {@code login} on {@code account}, {@code sms} and {@code token} on both, {@code client} on {@code sms}'s grant
 * type; deactivating an account ends its sign-ins through the {@code SignIns} port, which {@code token} implements.
 */
package io.propertyops.security;
