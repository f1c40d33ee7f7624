package io.propertyops.security;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;

/** Access tokens signed with the server's own key, for calling its APIs as any person without signing in. */
public final class ServerTokens {

    private ServerTokens() {
    }

    public static String mint(JwtEncoder encoder, String issuer, Instant issuedAt, String subject, List<String> roles,
                              List<String> communityIds, List<String> unitIds) {
        return encoder.encode(JwtEncoderParameters.from(JwtClaimsSet.builder()
                .issuer(issuer)
                .subject(subject)
                .issuedAt(issuedAt)
                .expiresAt(issuedAt.plus(Duration.ofMinutes(15)))
                .claim("roles", roles)
                .claim("community_ids", communityIds)
                .claim("unit_ids", unitIds)
                .build())).getTokenValue();
    }
}
