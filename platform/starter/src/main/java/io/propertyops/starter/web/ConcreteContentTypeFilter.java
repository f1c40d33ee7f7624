package io.propertyops.starter.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * Refuses a request whose {@code Content-Type} is a pattern ({@code *}{@code /*}, {@code application/*}) rather
 * than a type, with a 415 problem. Spring MVC cannot read a body of such a type at all: it fails deep in reading
 * the body with an {@code IllegalArgumentException}, which would otherwise answer 500.
 */
public class ConcreteContentTypeFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String contentType = request.getContentType();
        if (contentType != null && isPattern(contentType)) {
            ProblemWriter.write(response, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type",
                    "Content-Type '" + contentType + "' names no type; send the body's own, such as application/json");
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean isPattern(String contentType) {
        try {
            MediaType type = MediaType.parseMediaType(contentType);
            return type.isWildcardType() || type.isWildcardSubtype();
        } catch (InvalidMediaTypeException unreadable) {
            return false;       // Spring MVC answers an unreadable type itself, with a 415 problem
        }
    }
}
