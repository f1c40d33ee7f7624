/**
 * Tokens: the claims every PropertyOps token carries, the grants the server remembers, and the RSA keys tokens are
 * signed with ({@code domain.SigningKey}; when a superseded key leaves the key set, {@code domain.KeyRetirement};
 * stored in MongoDB, collection {@code signing_keys}).
 */
package io.propertyops.security.token;
