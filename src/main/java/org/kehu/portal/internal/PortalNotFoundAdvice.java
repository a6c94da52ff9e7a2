package org.kehu.portal.internal;

import jakarta.servlet.http.HttpServletResponse;

import org.kehu.shared.RecordNotFoundException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * A record the portal user may not see answers 404 in the portal's own layout (the staff error page would show the
 * staff layout): another company's order looks exactly like a number that does not exist.
 */
@ControllerAdvice(assignableTypes = {SignedInPagesController.class, PortalProfileController.class})
class PortalNotFoundAdvice {

    @ExceptionHandler(RecordNotFoundException.class)
    String notFound(HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        return "portal/not-found";
    }
}
