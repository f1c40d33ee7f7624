package io.propertyops.security.token.application;

import io.propertyops.security.token.domain.KeyRetirement;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * How long a superseded signing key stays published.
 *
 * @param retirementMargin kept beyond the lifetime of the last token the key signed: other replicas go on signing
 *                         with it for up to a minute after a rotation, and clocks differ a little
 */
@ConfigurationProperties("propertyops.identity.signing-keys")
public record SigningKeyProperties(@DefaultValue("5m") Duration retirementMargin) {

    KeyRetirement retirement(Duration accessTokenTtl) {
        return KeyRetirement.forTokens(accessTokenTtl, retirementMargin);
    }
}
