/**
 * The registered OAuth2 clients: {@code propertyops-app} and {@code propertyops-portal} (public: authorization code
 * with PKCE, rotating refresh tokens) and integration clients (client credentials, limited to their communities).
 */
package io.propertyops.security.client;
