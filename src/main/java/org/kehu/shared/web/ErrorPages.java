package org.kehu.shared.web;

import java.io.IOException;
import java.util.Set;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

import tools.jackson.databind.json.JsonMapper;

/**
 * What the servlet container's error dispatch shows, whatever the client accepts: for {@code /api/**}
 * problem+json, for pages an HTML page in the layout, in the user's language. Replaces Boot's error
 * controller, which answers JSON to any client that does not ask for HTML first.
 */
@Controller
class ErrorPages implements ErrorController {

    /** Statuses with their own title and text in the bundles ({@code error.<status>.title}). */
    private static final Set<Integer> DESCRIBED = Set.of(400, 403, 404, 405, 409, 413, 415, 500);

    private final MessageSource messages;
    private final JsonMapper json;

    ErrorPages(MessageSource messages, JsonMapper json) {
        this.messages = messages;
        this.json = json;
    }

    @RequestMapping("/error")
    ModelAndView error(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpStatus status = status(request);
        String described = String.valueOf(DESCRIBED.contains(status.value()) ? status.value() : status.is4xxClientError() ? 400 : 500);
        String title = text("error." + described + ".title");
        String text = text("error." + described + ".text");
        response.setStatus(status.value());
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (uri instanceof String path && isApi(path.substring(Math.min(path.length(), request.getContextPath().length())))) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, text);
            problem.setTitle(title);
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            json.writeValue(response.getWriter(), problem);
            return null;
        }
        ModelAndView page = new ModelAndView("error/page", status);
        page.addObject("status", status.value());
        page.addObject("errorTitle", title);
        page.addObject("errorText", text);
        return page;
    }

    private static boolean isApi(String path) {
        return path.equals("/api") || path.startsWith("/api/");
    }

    private static HttpStatus status(HttpServletRequest request) {
        Object exception = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        if (exception instanceof Throwable t && BadData.isCause(t)) {
            return HttpStatus.BAD_REQUEST;
        }
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer i ? HttpStatus.resolve(i) : null;
        return status == null || !status.isError() ? HttpStatus.INTERNAL_SERVER_ERROR : status;
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }
}
