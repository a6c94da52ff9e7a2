package org.kehu.marketing.care;

import java.time.LocalDate;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Customer care over REST: the greetings due on any day, past or future, computed, in the caller's data scope (the
 * customer's owner), so that owners can plan ahead. A bad or missing date answers 400 naming the field.
 */
@RestController
@RequestMapping("/api/v1/care")
@PreAuthorize("hasAuthority('marketing.care')")
@Tag(name = "Customer care", description = "Birthday, festival and anniversary greetings")
class CareApi {

    private final CareGreetings greetings;

    CareApi(CareGreetings greetings) {
        this.greetings = greetings;
    }

    @GetMapping("/greetings")
    @Operation(summary = "Greetings due on a day", description = "date=yyyy-MM-dd (1901–2099; today when left out): birthdays of contacts (29 February is greeted on 28 February in other years), festivals (春节, 元宵节, 端午节, 中秋节 from the Chinese calendar; 元旦, 国庆节) for each customer's main contact, and anniversaries of becoming a customer. Contacts who opted out or have no e-mail address are left out.")
    List<DueGreeting> due(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        return greetings.dueOn(date == null ? greetings.today() : date);
    }
}
