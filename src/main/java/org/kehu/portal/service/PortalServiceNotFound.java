package org.kehu.portal.service;

import jakarta.servlet.http.HttpServletResponse;

import org.kehu.shared.RecordNotFoundException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * Another company's ticket, file or reply answers 404 in the portal's layout, exactly as a number that does not
 * exist: nothing tells a contact that the ticket is someone else's.
 */
@ControllerAdvice(assignableTypes = {PortalTicketsController.class, PortalNewTicketController.class})
class PortalServiceNotFound {

    @ExceptionHandler(RecordNotFoundException.class)
    String notFound(HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        return "portal/not-found";
    }
}
