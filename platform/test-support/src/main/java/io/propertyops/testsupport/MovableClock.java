package io.propertyops.testsupport;

import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.ImportBeanDefinitionRegistrar;
import org.springframework.core.type.AnnotationMetadata;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

/**
 * The service under test takes its time from a {@link MutableClock} the test moves ({@code @Autowired MutableClock
 * clock}), starting at {@link #value()}:
 *
 * <pre>{@code
 * @ServiceTest
 * @MovableClock("2026-11-23T15:00:00Z") // 23:00 in Shanghai
 * class EmailAndQuietHoursTest { @Autowired MutableClock clock; … }
 * }</pre>
 *
 * Test classes with the same start share one cached context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Import(MovableClock.Registrar.class)
public @interface MovableClock {

    /** The instant the clock starts at (ISO-8601); empty for the time the context starts, to the millisecond. */
    String value() default "";

    /** Registers the clock as the context's {@code clock}, before the starter's own would be. */
    final class Registrar implements ImportBeanDefinitionRegistrar {

        @Override
        public void registerBeanDefinitions(AnnotationMetadata metadata, BeanDefinitionRegistry registry) {
            Map<String, Object> attributes = metadata.getAnnotationAttributes(MovableClock.class.getName());
            String start = attributes == null ? "" : (String) attributes.get("value");
            RootBeanDefinition clock = new RootBeanDefinition(MutableClock.class, () -> new MutableClock(
                    start.isEmpty() ? Instant.now().truncatedTo(ChronoUnit.MILLIS) : Instant.parse(start)));
            clock.setPrimary(true);
            registry.registerBeanDefinition("clock", clock);
        }
    }
}
