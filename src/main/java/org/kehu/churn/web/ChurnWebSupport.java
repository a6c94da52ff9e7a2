package org.kehu.churn.web;

import java.util.List;

import org.kehu.churn.WarningFilter;
import org.kehu.churn.WarningState;
import org.kehu.dictionary.Dictionary;
import org.kehu.dictionary.DictionaryType;
import org.kehu.identity.Permission;
import org.kehu.identity.UserDirectory;
import org.kehu.shared.InvalidInputException;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** What the churn pages share: reading the list's filter and the choices its selects offer. */
@Component
public class ChurnWebSupport {

    private final Dictionary dictionary;
    private final UserDirectory users;

    ChurnWebSupport(Dictionary dictionary, UserDirectory users) {
        this.dictionary = dictionary;
        this.users = users;
    }

    /** The filter of request parameters; an unknown state is a 400 naming {@code state}. */
    public static WarningFilter filter(String state, Long owner, String region, String reason) {
        WarningState s = null;
        if (state != null && !state.isBlank()) {
            try {
                s = WarningState.valueOf(state.strip().toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw InvalidInputException.of("state", "churn.error.state");
            }
        }
        if (region != null && region.length() > 12) {
            throw InvalidInputException.of("region", "churn.error.region");
        }
        if (reason != null && reason.length() > 32) {
            throw InvalidInputException.of("reason", "churn.error.reason-unknown");
        }
        return new WarningFilter(s, owner, region, reason);
    }

    void choices(Model model) {
        model.addAttribute("states", List.of(WarningState.values()));
        model.addAttribute("owners", users.assignableOwners(Permission.CHURN_HANDLE));
        model.addAttribute("provinces", dictionary.provinces());
        model.addAttribute("reasons", dictionary.enabledEntries(DictionaryType.CHURN_REASON));
    }
}
