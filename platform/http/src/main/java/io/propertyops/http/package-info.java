/**
 * The HTTP vocabulary shared by the servlet services (through {@code platform/starter}) and the reactive gateway, so
 * that a caller meets the same problem types, codes and texts, and the same reading of a token, whichever of them
 * answers: {@link io.propertyops.http.ProblemTypes}, {@link io.propertyops.http.TokenAuthorities},
 * {@link io.propertyops.http.VerifiedTokens}. Plain Java on Spring Security's {@code Jwt}; no web stack.
 */
package io.propertyops.http;
