package org.kehu.support.survey.web;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.kehu.shared.InvalidInputException;
import org.kehu.shared.RecordNotFoundException;
import org.kehu.support.survey.PublicSurvey;
import org.kehu.support.survey.SurveyAnswering;
import org.kehu.support.survey.SurveyLinkExpiredException;
import org.kehu.support.survey.SurveyLinkUsedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/**
 * The answer page behind a personal link, open without login (the token is the credential; CSRF still
 * guards the form). It speaks the survey's language unless {@code ?lang=} asks for another. A link already
 * answered, expired or unknown gets a page that says so, with 409, 410 or 404.
 */
@Controller
class PublicSurveyController {

    private final SurveyAnswering answering;

    PublicSurveyController(SurveyAnswering answering) {
        this.answering = answering;
    }

    @GetMapping("/s/{token}")
    String open(@PathVariable String token, @RequestParam(required = false) String lang, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        try {
            PublicSurvey survey = answering.open(token);
            speak(survey.language(), lang, request);
            model.addAttribute("survey", survey);
            model.addAttribute("values", Map.of());
            model.addAttribute("errors", Map.of());
            return "survey/public-form";
        } catch (RuntimeException e) {
            return refused(e, token, lang, request, response, model);
        }
    }

    @PostMapping("/s/{token}")
    String answer(@PathVariable String token, @RequestParam Map<String, String> params,
            @RequestParam(required = false) String lang, HttpServletRequest request, HttpServletResponse response,
            Model model) {
        Map<Long, String> values = new HashMap<>();
        params.forEach((k, v) -> {
            if (k.matches("q\\d{1,18}")) {
                values.put(Long.valueOf(k.substring(1)), v);
            }
        });
        try {
            PublicSurvey survey = answering.answer(token, values);
            speak(survey.language(), lang, request);
            model.addAttribute("survey", survey);
            return "survey/public-thanks";
        } catch (InvalidInputException e) {
            PublicSurvey survey = answering.open(token);
            speak(survey.language(), lang, request);
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            Map<String, String> shown = new HashMap<>();
            values.forEach((id, v) -> shown.put("q" + id, v));
            model.addAttribute("survey", survey);
            model.addAttribute("values", shown);
            model.addAttribute("errors", e.fieldErrors());
            return "survey/public-form";
        } catch (RuntimeException e) {
            return refused(e, token, lang, request, response, model);
        }
    }

    private String refused(RuntimeException e, String token, String lang, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        String reason;
        if (e instanceof SurveyLinkUsedException) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            reason = "used";
        } else if (e instanceof SurveyLinkExpiredException) {
            response.setStatus(HttpServletResponse.SC_GONE);
            reason = "expired";
        } else if (e instanceof RecordNotFoundException) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            speak(null, lang, request);
            model.addAttribute("reason", "unknown");
            return "survey/public-closed";
        } else {
            throw e;
        }
        PublicSurvey survey = answering.peek(token);
        speak(survey.language(), lang, request);
        model.addAttribute("survey", survey);
        model.addAttribute("reason", reason);
        return "survey/public-closed";
    }

    /**
     * The page's language for this request only: {@code ?lang=} (which the locale interceptor already
     * applied and remembers like on every page) wins, else the survey's, for this request only.
     */
    @org.springframework.web.bind.annotation.ModelAttribute("token")
    String token(@PathVariable String token) {
        return token;
    }

    private static void speak(String surveyLanguage, String lang, HttpServletRequest request) {
        if (lang != null && !lang.isBlank()) {
            return;
        }
        Locale locale = "en".equals(surveyLanguage) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
        request.setAttribute(CookieLocaleResolver.LOCALE_REQUEST_ATTRIBUTE_NAME, locale);
        request.setAttribute(CookieLocaleResolver.TIME_ZONE_REQUEST_ATTRIBUTE_NAME, java.util.TimeZone.getTimeZone("Asia/Shanghai"));
    }
}
