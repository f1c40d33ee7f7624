package io.propertyops.security.demo.application;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.List;

/**
 * Demo data: nothing here is active unless configured, so a production deployment has no demo accounts and
 * no demo client.
 *
 * @param dataFile                       the demo estate file (people become accounts); a file path, or a
 *                                       {@code classpath:} / {@code file:} location
 * @param password                       the password of every demo account; required with {@code dataFile}
 * @param integrationClientSecret        when set, registers the {@code propertyops-integration-demo} client with it
 * @param integrationClientCommunityIds  the communities that client may act in; by default those of the data file
 */
@ConfigurationProperties("propertyops.demo")
public record DemoProperties(String dataFile, String password, String integrationClientSecret,
                             List<String> integrationClientCommunityIds) {

    public DemoProperties {
        dataFile = blankToNull(dataFile);
        password = blankToNull(password);
        integrationClientSecret = blankToNull(integrationClientSecret);
        integrationClientCommunityIds = integrationClientCommunityIds == null ? List.of()
                : integrationClientCommunityIds.stream().map(String::strip).filter(id -> !id.isEmpty()).toList();
        if (dataFile != null && password == null) {
            throw new IllegalArgumentException("propertyops.demo.data-file is set (" + dataFile + ") but propertyops.demo.password"
                    + " is not: set PROPERTYOPS_DEMO_PASSWORD to the password the demo accounts should have");
        }
    }

    public boolean seedsAccounts() {
        return dataFile != null;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
