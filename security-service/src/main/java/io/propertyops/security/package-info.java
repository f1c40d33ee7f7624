/**
 * security-service: the PropertyOps identity provider, an OAuth2 / OpenID Connect authorization server.
 *
 * <ul>
 *   <li>{@code account} — people who sign in (owners, residents, staff): the {@code Account} aggregate, its
 *       MongoDB store and the form-login lookup.</li>
 *   <li>{@code client} — the registered OAuth2 clients: the mobile app and the staff portal (public, PKCE,
 *       rotating refresh tokens) and integration clients (client credentials).</li>
 *   <li>{@code token} — what a token says ({@code sub}, {@code roles}, {@code community_ids}, {@code unit_ids})
 *       and the RSA signing keys, kept in MongoDB so restarts and replicas sign and verify alike.</li>
 *   <li>{@code demo} — demo accounts and the demo integration client, only when a demo data file is configured.</li>
 *   <li>{@code web} — the two security filter chains: protocol endpoints and form login.</li>
 * </ul>
 */
package io.propertyops.security;
