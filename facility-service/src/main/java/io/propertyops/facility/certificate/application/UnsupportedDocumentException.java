package io.propertyops.facility.certificate.application;

import io.propertyops.starter.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/** The upload is not a PDF or JPEG (answers 415 with the platform's problem). */
public class UnsupportedDocumentException extends ErrorResponseException {

    public UnsupportedDocumentException(String detail) {
        super(HttpStatus.UNSUPPORTED_MEDIA_TYPE, Problems.of(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type",
                detail), null);
    }
}
