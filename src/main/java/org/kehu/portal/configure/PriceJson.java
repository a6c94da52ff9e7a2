package org.kehu.portal.configure;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.kehu.catalog.ConfigurableProduct;
import org.kehu.shared.Formats;
import org.kehu.shared.web.Messages;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.View;

import tools.jackson.databind.json.JsonMapper;

/**
 * The configurator's price as JSON, for a client that asks for it ({@code Accept: application/json}): the price, or
 * problem+json naming each refused field as the API does. Written by a view of its own so that one handler answers
 * both the htmx fragment and JSON at the same URL.
 */
final class PriceJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    record FieldProblem(String field, String message) {
    }

    record ChosenOption(long groupId, String group, long optionId, String option, BigDecimal priceDelta) {
    }

    record Price(String productCode, BigDecimal basePrice, List<ChosenOption> options, int quantity, BigDecimal unitPrice,
            BigDecimal total, String unitPriceText, String totalText) {
    }

    private PriceJson() {
    }

    /** Whether the client asked for JSON rather than a page fragment. */
    static boolean wanted(String accept) {
        if (accept == null) {
            return false;
        }
        try {
            double json = 0;
            double html = 0;
            for (MediaType t : MediaType.parseMediaTypes(accept)) {
                if (!t.isWildcardType() && !t.isWildcardSubtype() && (t.isCompatibleWith(MediaType.APPLICATION_JSON)
                        || t.isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))) {
                    json = Math.max(json, t.getQualityValue());
                } else if (t.isCompatibleWith(MediaType.TEXT_HTML) && !t.isWildcardType()) {
                    html = Math.max(html, t.getQualityValue());
                }
            }
            return json > 0 && json > html;
        } catch (org.springframework.http.InvalidMediaTypeException e) {
            return false;
        }
    }

    static ModelAndView of(ConfigurableProduct product, PriceRules.Result result, Map<String, String> errors,
            Messages messages) {
        if (!errors.isEmpty()) {
            String title = messages.text("input.error.invalid");
            Map<String, Object> body = problem(HttpStatus.BAD_REQUEST, title, title + ": " + String.join(", ",
                    errors.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).toList()));
            body.put("errors", errors.entrySet().stream().map(e -> new FieldProblem(e.getKey(), e.getValue())).toList());
            return answer(HttpStatus.BAD_REQUEST, MediaType.APPLICATION_PROBLEM_JSON, body);
        }
        List<ChosenOption> options = result.chosen().stream().map(c -> new ChosenOption(c.group().id(), c.group().name(),
                c.option().id(), c.option().name(), c.option().priceDelta())).toList();
        return answer(HttpStatus.OK, MediaType.APPLICATION_JSON, new Price(product.product().code(),
                product.product().price(), options, result.quantity(), result.unitPrice(), result.total(),
                Formats.money(result.unitPrice()), Formats.money(result.total())));
    }

    static ModelAndView notFound(String detail) {
        return answer(HttpStatus.NOT_FOUND, MediaType.APPLICATION_PROBLEM_JSON,
                problem(HttpStatus.NOT_FOUND, HttpStatus.NOT_FOUND.getReasonPhrase(), detail));
    }

    private static Map<String, Object> problem(HttpStatus status, String title, String detail) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", title);
        body.put("status", status.value());
        body.put("detail", detail);
        return body;
    }

    private static ModelAndView answer(HttpStatus status, MediaType type, Object body) {
        View view = new View() {
            @Override
            public String getContentType() {
                return type.toString();
            }

            @Override
            public void render(Map<String, ?> model, jakarta.servlet.http.HttpServletRequest request,
                    jakarta.servlet.http.HttpServletResponse response) throws Exception {
                response.setStatus(status.value());
                response.setContentType(type.toString());
                response.setCharacterEncoding("UTF-8");
                JSON.writeValue(response.getOutputStream(), body);
            }
        };
        ModelAndView mav = new ModelAndView(view);
        mav.setStatus(status);
        return mav;
    }
}
