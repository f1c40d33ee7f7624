package io.propertyops.ticket.photo.application;

import io.propertyops.starter.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/** The upload is not a photo in an accepted format (answers 415 with the platform's problem). */
public class UnsupportedPhotoException extends ErrorResponseException {

    public UnsupportedPhotoException(String detail) {
        super(HttpStatus.UNSUPPORTED_MEDIA_TYPE, Problems.of(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type", detail), null);
    }
}
