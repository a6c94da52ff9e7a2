package org.kehu.shared;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * An id that does not exist, or a record outside the caller's data scope: both answer 404 so that
 * nothing hints that a hidden record exists.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class RecordNotFoundException extends RuntimeException {

    public RecordNotFoundException(String what, Object id) {
        super(what + " " + id + " not found");
    }
}
