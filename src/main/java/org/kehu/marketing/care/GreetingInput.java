package org.kehu.marketing.care;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The owner's edit of a greeting's words; {@code version} is the one the owner saw. */
public record GreetingInput(@NotBlank @Size(max = 200) String subject, @NotBlank @Size(max = 4000) String body,
        @NotNull Long version) {
}
