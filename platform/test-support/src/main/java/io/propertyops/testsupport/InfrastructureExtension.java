package io.propertyops.testsupport;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Skips a test class cleanly when Testcontainers mode was asked for and no Docker engine runs; the same
 * tests then run, as always, on the embedded broker and store.
 */
public class InfrastructureExtension implements BeforeAllCallback {

    @Override
    public void beforeAll(ExtensionContext context) {
        if (SharedInfrastructure.mode() == SharedInfrastructure.Mode.TESTCONTAINERS) {
            assumeTrue(SharedInfrastructure.dockerAvailable(),
                    "Testcontainers mode needs a Docker engine; none is available, so this mode is skipped");
        }
    }
}
