package io.propertyops.local;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One start of the whole platform for the end-to-end suites that only use it (they neither stop parts nor count
 * every record): the first suite to ask starts it, the rest of the test run shares it, and JUnit closes it when
 * the run ends. Suites that break parts (the fault injection) start their own. A suite asks for it with
 * {@code @ExtendWith(SharedPlatform.class)} and a {@link LocalPlatform} parameter.
 */
public final class SharedPlatform implements ParameterResolver {

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == LocalPlatform.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return get(context);
    }

    /** The running platform, started on the first call of this test run. */
    public static LocalPlatform get(ExtensionContext context) {
        return context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .computeIfAbsent(SharedPlatform.class, key -> new Started(start()), Started.class)
                .platform();
    }

    private static LocalPlatform start() {
        try {
            Path dataDir = Files.createTempDirectory("propertyops-shared-platform");
            return WholePlatform.start(dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Started(LocalPlatform platform) implements AutoCloseable {
        @Override
        public void close() {
            platform.close();
        }
    }
}
