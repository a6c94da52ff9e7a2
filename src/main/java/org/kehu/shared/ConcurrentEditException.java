package org.kehu.shared;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Someone else saved the record first: the caller's version is stale. Answers 409. */
@ResponseStatus(HttpStatus.CONFLICT)
public class ConcurrentEditException extends RuntimeException {

    public ConcurrentEditException(String what, Object id) {
        super(what + " " + id + " was changed by someone else after you opened it; reload it and apply your change again");
    }
}
