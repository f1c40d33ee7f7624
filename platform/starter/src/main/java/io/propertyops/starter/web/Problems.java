package io.propertyops.starter.web;

import io.propertyops.http.ProblemTypes;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

import java.net.URI;

/**
 * Builds RFC 9457 problems with a stable {@code type} URI per error code: clients branch on the code, people
 * read the title and detail.
 */
public final class Problems {

    public static final String TYPE_BASE = ProblemTypes.BASE;

    private Problems() {
    }

    public static ProblemDetail of(HttpStatusCode status, String code, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_BASE + code));
        HttpStatus known = HttpStatus.resolve(status.value());
        problem.setTitle(known != null ? known.getReasonPhrase() : "Error");
        problem.setProperty("code", code);
        return problem;
    }
}
