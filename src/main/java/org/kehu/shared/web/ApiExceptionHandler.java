package org.kehu.shared.web;

import java.util.List;
import java.util.Map;

import org.kehu.shared.ConcurrentEditException;
import org.kehu.shared.InvalidInputException;
import org.kehu.shared.RecordNotFoundException;
import org.kehu.shared.RuleViolationException;
import org.kehu.shared.jobs.ImportRefusedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import jakarta.validation.ConstraintViolationException;

/**
 * Every error of the REST API as {@code application/problem+json}; validation problems name their
 * fields in {@code errors}. Never a stack trace.
 */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);
    private final MessageSource messages;

    ApiExceptionHandler(MessageSource messages) {
        this.messages = messages;
    }

    record FieldProblem(String field, String message) {
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        List<FieldProblem> errors = ex.getBindingResult().getAllErrors().stream()
                .map(e -> new FieldProblem(e instanceof FieldError f ? f.getField() : e.getObjectName(),
                        messages.getMessage(e, LocaleContextHolder.getLocale())))
                .toList();
        return ResponseEntity.badRequest().body(validation(errors));
    }

    /** A body that is not JSON, or a field of the wrong type or refused by {@link JsonInputRules}: named with its path. */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        return ResponseEntity.badRequest().body(validation(BodyProblems.of(ex, messages)));
    }

    /** A query parameter or path variable that is not of its type, or refused (a date out of range, a control character). */
    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers, HttpStatusCode status,
            WebRequest request) {
        String key = RefusedParameter.keyIn(ex);
        String message = key != null ? localized(key)
                : ex.getRequiredType() != null ? BodyProblems.expected(ex.getRequiredType(), messages)
                : localized("input.error.unreadable");
        String field = ex instanceof MethodArgumentTypeMismatchException m ? m.getName() : ex.getPropertyName();
        return ResponseEntity.badRequest().body(validation(List.of(new FieldProblem(field, message))));
    }

    /** Constraints on a handler's parameters ({@code List<@NotNull Long>} and the like), named by field. */
    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> errors = ex.getParameterValidationResults().stream()
                .flatMap(r -> r.getResolvableErrors().stream().map(e -> new FieldProblem(
                        e instanceof FieldError f ? f.getField() : r.getMethodParameter().getParameterName(),
                        messages.getMessage(e, LocaleContextHolder.getLocale()))))
                .toList();
        return ResponseEntity.badRequest().body(validation(errors));
    }

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<ProblemDetail> invalid(InvalidInputException ex) {
        List<FieldProblem> errors = ex.fieldErrors().entrySet().stream()
                .map(e -> new FieldProblem(e.getKey(), localized(e.getValue()))).toList();
        return ResponseEntity.badRequest().body(validation(errors));
    }

    /** A refused import file (not CSV or Excel, a header that does not match): the reason is the detail, named as the file's. */
    @ExceptionHandler(ImportRefusedException.class)
    ResponseEntity<ProblemDetail> importRefused(ImportRefusedException ex) {
        String message = messages.getMessage(ex.messageKey(), ex.args(), ex.messageKey(), LocaleContextHolder.getLocale());
        ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, message);
        body.setTitle("Import refused");
        body.setProperty("errors", List.of(new FieldProblem("file", message)));
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<ProblemDetail> constraint(ConstraintViolationException ex) {
        List<FieldProblem> errors = ex.getConstraintViolations().stream()
                .map(v -> new FieldProblem(v.getPropertyPath().toString(), v.getMessage())).toList();
        return ResponseEntity.badRequest().body(validation(errors));
    }

    @ExceptionHandler(RecordNotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(RecordNotFoundException ex) {
        return problem(HttpStatus.NOT_FOUND, ex.getMessage());
    }

    @ExceptionHandler({ConcurrentEditException.class, ObjectOptimisticLockingFailureException.class})
    ResponseEntity<ProblemDetail> conflict(RuntimeException ex) {
        return problem(HttpStatus.CONFLICT, messages.getMessage("error.concurrent-edit", null,
                "Someone else saved this record first; reload it and apply your change again",
                LocaleContextHolder.getLocale()));
    }

    @ExceptionHandler(RuleViolationException.class)
    ResponseEntity<ProblemDetail> rule(RuleViolationException ex) {
        return problem(HttpStatus.CONFLICT, messages.getMessage(ex.messageKey(), ex.args(), ex.getMessage(),
                LocaleContextHolder.getLocale()));
    }

    @ExceptionHandler(org.springframework.security.access.AccessDeniedException.class)
    ResponseEntity<ProblemDetail> denied(RuntimeException ex) {
        return problem(HttpStatus.FORBIDDEN, localized("error.403.text"));
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<ProblemDetail> badArgument(IllegalArgumentException ex) {
        return problem(HttpStatus.BAD_REQUEST, ex.getMessage());
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception ex) {
        if (BadData.isCause(ex)) {
            // a rule the checks missed, refused by the database: still the client's input, not our fault
            log.warn("Input refused by the database, not by a check: {}", BadData.message(ex));
            return problem(HttpStatus.BAD_REQUEST, localized("input.error.data"));
        }
        log.error("Unexpected error in the API", ex);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, localized("error.500.text"));
    }

    private String localized(String messageOrKey) {
        return messages.getMessage(messageOrKey, null, messageOrKey, LocaleContextHolder.getLocale());
    }

    private ProblemDetail validation(List<FieldProblem> errors) {
        String title = localized("input.error.invalid");
        ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                title + ": " + String.join(", ", errors.stream().map(e -> e.field() + " " + e.message()).toList()));
        body.setTitle(title);
        body.setProperty("errors", errors);
        return body;
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail) {
        return ResponseEntity.status(status).body(ProblemDetail.forStatusAndDetail(status, detail));
    }

}
