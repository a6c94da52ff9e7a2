package org.kehu.shared.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.kehu.shared.InvalidInputException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

import tools.jackson.databind.json.JsonMapper;

/**
 * Errors of {@code /api/**} requests that happen before a REST controller is chosen (no such method
 * 405, unsupported body type 415, unacceptable answer type 406, upload over the limit 413, no such
 * path 404): {@link ApiExceptionHandler} applies to REST controllers only, so these would get Spring's
 * defaults. Here they get the same problem+json as every other API error.
 */
@Component
class ApiErrorResolver implements HandlerExceptionResolver, Ordered {

    private final ApiExceptionHandler handler;
    private final JsonMapper json;

    ApiErrorResolver(ApiExceptionHandler handler, JsonMapper json) {
        this.handler = handler;
        this.json = json;
    }

    static boolean isApi(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals("/api") || path.startsWith("/api/");
    }

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object chosen,
            Exception ex) {
        if (!isApi(request) || chosen instanceof HandlerMethod m
                && AnnotatedElementUtils.hasAnnotation(m.getBeanType(), RestController.class)) {
            return null;
        }
        try {
            ResponseEntity<?> answer = ex instanceof InvalidInputException invalid ? handler.invalid(invalid)
                    : handler.handleException(ex, new ServletWebRequest(request, response));
            if (answer == null) {
                return null;
            }
            response.setStatus(answer.getStatusCode().value());
            answer.getHeaders().forEach((name, values) -> values.forEach(v -> response.addHeader(name, v)));
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            json.writeValue(response.getWriter(), answer.getBody());
            return new ModelAndView();
        } catch (IOException written) {
            return new ModelAndView();
        } catch (Exception notStandard) {
            return null; // not one of Spring MVC's own exceptions: the error page answers, as problem+json
        }
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 10;
    }
}
