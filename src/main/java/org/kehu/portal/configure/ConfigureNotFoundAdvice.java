package org.kehu.portal.configure;

import jakarta.servlet.http.HttpServletResponse;

import org.kehu.shared.RecordNotFoundException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * A product that cannot be configured, or a configuration of another company, answers 404 in the portal's layout:
 * another company's configuration looks exactly like one that does not exist.
 */
@ControllerAdvice(assignableTypes = ConfigureController.class)
class ConfigureNotFoundAdvice {

    @ExceptionHandler(RecordNotFoundException.class)
    String notFound(HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        return "portal/not-found";
    }
}
