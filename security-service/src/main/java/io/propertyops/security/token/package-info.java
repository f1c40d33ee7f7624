/**
 * Tokens: the claims every PropertyOps token carries, and the RSA keys they are signed with.
 */
package io.propertyops.security.token;
