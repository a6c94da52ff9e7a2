package org.kehu.support.survey.api;

import java.util.HashMap;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.kehu.shared.InvalidInputException;
import org.kehu.support.survey.PublicSurvey;
import org.kehu.support.survey.SurveyAnswering;
import org.kehu.support.survey.SurveyLinkExpiredException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Answering a survey through its personal token, without login. 400 names each question's problem
 * ({@code q<questionId>}); 409 when the link was already used; 410 when the survey expired; 404 for an
 * unknown token.
 */
@RestController
@RequestMapping("/api/v1/survey-answers")
@Tag(name = "Survey answers", description = "Public: answer a survey with the token of its personal link")
class SurveyAnswerApi {

    private final SurveyAnswering answering;

    SurveyAnswerApi(SurveyAnswering answering) {
        this.answering = answering;
    }

    /** Question id (as text) to the answer: a number 1–5, an option, or a text. */
    record AnswerRequest(Map<String, Object> answers) {
    }

    @GetMapping("/{token}")
    @Operation(summary = "The survey behind a token", description = "Questions with their ids, to build an answer")
    PublicSurvey get(@PathVariable String token) {
        return answering.open(token);
    }

    @PostMapping("/{token}")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Answer the survey", description = "Body: {\"answers\": {\"<questionId>\": 5, ...}}; once per link")
    Map<String, String> answer(@PathVariable String token, @RequestBody AnswerRequest request) {
        Map<Long, String> values = new HashMap<>();
        if (request != null && request.answers() != null) {
            for (var e : request.answers().entrySet()) {
                if (!e.getKey().matches("\\d{1,18}")) {
                    throw InvalidInputException.of("answers." + e.getKey(), "survey.answer.unknown-question");
                }
                values.put(Long.valueOf(e.getKey()), e.getValue() == null ? null : e.getValue().toString());
            }
        }
        answering.answer(token, values);
        return Map.of("status", "answered");
    }

    @ExceptionHandler(SurveyLinkExpiredException.class)
    ResponseEntity<ProblemDetail> expired(SurveyLinkExpiredException e) {
        return ResponseEntity.status(HttpStatus.GONE).body(ProblemDetail.forStatusAndDetail(HttpStatus.GONE, e.getMessage()));
    }
}
