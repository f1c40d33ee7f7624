package io.propertyops.starter.web;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Problem responses, the request body limit, concrete content types, and the {@link Caller} and {@link ExpectedVersion}
 * parameters for every servlet service.
 */
@AutoConfiguration(before = WebMvcAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(WebAutoConfiguration.HttpLimits.class)
public class WebAutoConfiguration {

    static {
        // Resolved from the access token by CallerArgumentResolver: nothing a client sends.
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(Caller.class);
        // Read from If-Match by ExpectedVersionArgumentResolver, which documents the header itself.
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(ExpectedVersion.class);
    }

    /**
     * Limits on what a request may carry.
     *
     * @param maxBodySize  the limit of every path not named in largerBodies
     * @param largerBodies the few paths that take more, such as a photo upload; nothing else is raised with them
     */
    @ConfigurationProperties("propertyops.http")
    public record HttpLimits(@DefaultValue("256KB") DataSize maxBodySize, List<LargerBody> largerBodies) {

        public HttpLimits {
            largerBodies = largerBodies == null ? List.of() : List.copyOf(largerBodies);
        }

        /** @param path a path pattern, e.g. {@code /api/v1/tickets/{id}/photos} or with {@code *} for a segment */
        public record LargerBody(String path, DataSize maxSize) {
        }
    }

    @Bean
    @ConditionalOnMissingBean(ProblemDetailsAdvice.class)
    ProblemDetailsAdvice problemDetailsAdvice() {
        return new ProblemDetailsAdvice();
    }

    @Bean
    OpenApiCustomizer problemResponsesInOpenApi() {
        return new ProblemResponsesInOpenApi();
    }

    @Bean
    FilterRegistrationBean<RequestBodyLimitFilter> requestBodyLimitFilter(HttpLimits limits) {
        Map<String, Long> larger = new LinkedHashMap<>();
        limits.largerBodies().forEach(body -> larger.put(body.path(), body.maxSize().toBytes()));
        FilterRegistrationBean<RequestBodyLimitFilter> registration =
                new FilterRegistrationBean<>(new RequestBodyLimitFilter(limits.maxBodySize().toBytes(), larger));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    @Bean
    FilterRegistrationBean<ConcreteContentTypeFilter> concreteContentTypeFilter() {
        FilterRegistrationBean<ConcreteContentTypeFilter> registration = new FilterRegistrationBean<>(new ConcreteContentTypeFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 11);
        return registration;
    }

    @Bean
    ExpectedVersionArgumentResolver expectedVersionArgumentResolver() {
        return new ExpectedVersionArgumentResolver();
    }

    @Bean
    WebMvcConfigurer callerArgumentConfigurer(ExpectedVersionArgumentResolver expectedVersions) {
        return new WebMvcConfigurer() {
            @Override
            public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
                resolvers.add(new CallerArgumentResolver());
                resolvers.add(expectedVersions);
            }
        };
    }
}
