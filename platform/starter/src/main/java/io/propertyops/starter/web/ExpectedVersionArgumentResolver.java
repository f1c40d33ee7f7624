package io.propertyops.starter.web;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

import java.util.Arrays;

/**
 * Resolves {@link ExpectedVersion} parameters from {@code If-Match}, and documents the header on every operation
 * that takes one.
 */
class ExpectedVersionArgumentResolver implements HandlerMethodArgumentResolver, OperationCustomizer {

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return ExpectedVersion.class.equals(parameter.getParameterType());
    }

    @Override
    public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer container, NativeWebRequest request,
                                  WebDataBinderFactory binders) {
        return ExpectedVersion.of(request.getHeader(ExpectedVersion.HEADER));
    }

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        if (Arrays.stream(handler.getMethodParameters()).anyMatch(this::supportsParameter)) {
            operation.addParametersItem(new HeaderParameter().name(ExpectedVersion.HEADER).required(false)
                    .description("The ETag (version) the step applies to; another version answers 412")
                    .schema(new StringSchema().maxLength(40).example("\"3\"")));
        }
        return operation;
    }
}
