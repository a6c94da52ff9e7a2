package org.kehu.portal.guestbook;

import jakarta.servlet.http.HttpServletResponse;

import org.kehu.shared.RecordNotFoundException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * A post the portal user may not see or change answers 404 in the portal's layout: another customer's post looks
 * exactly like one that does not exist.
 */
@ControllerAdvice(assignableTypes = PortalGuestbookController.class)
class PortalGuestbookNotFound {

    @ExceptionHandler(RecordNotFoundException.class)
    String notFound(HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        return "portal/not-found";
    }
}
