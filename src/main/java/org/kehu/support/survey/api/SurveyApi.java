package org.kehu.support.survey.api;

import java.io.IOException;
import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;

import org.kehu.shared.web.CsvDownload;
import org.kehu.support.survey.SendResult;
import org.kehu.support.survey.SurveyDetails;
import org.kehu.support.survey.SurveyInput;
import org.kehu.support.survey.SurveyResultQueries;
import org.kehu.support.survey.SurveyResults;
import org.kehu.support.survey.SurveySending;
import org.kehu.support.survey.SurveySummary;
import org.kehu.support.survey.Surveys;
import org.kehu.shared.Formats;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Satisfaction surveys over REST: write them, send them to customers' contacts, read the results. */
@RestController
@RequestMapping("/api/v1/surveys")
@Tag(name = "Surveys", description = "Satisfaction surveys: questions, invitations by e-mail, results")
class SurveyApi {

    private final Surveys surveys;
    private final SurveySending sending;
    private final SurveyResultQueries results;

    SurveyApi(Surveys surveys, SurveySending sending, SurveyResultQueries results) {
        this.surveys = surveys;
        this.sending = sending;
        this.results = results;
    }

    /** The customers to invite. */
    record SendRequest(List<Long> customerIds) {
    }

    @GetMapping
    @Operation(summary = "List surveys", description = "Newest first, with the number invited and answered")
    List<SurveySummary> list() {
        return surveys.list();
    }

    @GetMapping("/{id}")
    @Operation(summary = "A survey with its questions")
    SurveyDetails get(@PathVariable long id) {
        return surveys.get(id);
    }

    @PostMapping
    @Operation(summary = "Create a survey", description = "Questions of kind SCALE (1–5), CHOICE (options, at least two) or TEXT")
    ResponseEntity<SurveyDetails> create(@RequestBody SurveyInput input) {
        SurveyDetails created = surveys.create(input);
        return ResponseEntity.created(URI.create("/api/v1/surveys/" + created.id())).body(created);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Update a survey", description = "Only before it was first sent (409 afterwards); `version` is required, a stale one answers 409")
    SurveyDetails update(@PathVariable long id, @RequestBody SurveyInput input) {
        return surveys.update(id, input);
    }

    @PostMapping("/{id}/send")
    @Operation(summary = "Invite the contacts of customers", description = "Each contact with an e-mail gets a personal link; contacts invited before are skipped")
    SendResult send(@PathVariable long id, @RequestBody SendRequest request) {
        return sending.send(id, request == null ? null : request.customerIds());
    }

    @GetMapping("/{id}/results")
    @Operation(summary = "Results per question and per answering contact")
    SurveyResults results(@PathVariable long id) {
        return results.results(id);
    }

    @GetMapping("/{id}/answers/export")
    @Operation(summary = "Every answer as CSV", description = "One line per answer; streamed")
    void export(@PathVariable long id, HttpServletResponse response) throws IOException {
        surveys.get(id);
        var csv = CsvDownload.start(response, "survey-" + id + "-answers.csv");
        csv.writeRecord("customer", "contact", "email", "answeredAt", "position", "question", "answer");
        results.forEachAnswer(id, l -> csv.writeRecord(l.customerName(), l.contactName(), l.email(),
                Formats.dateTime(l.answeredAt()), String.valueOf(l.position()), l.question(),
                l.answer() == null ? "" : l.answer()));
        csv.flush();
    }
}
