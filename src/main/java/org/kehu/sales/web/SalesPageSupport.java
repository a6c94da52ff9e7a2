package org.kehu.sales.web;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import org.kehu.dictionary.Dictionary;
import org.kehu.dictionary.DictionaryType;
import org.kehu.identity.Permission;
import org.kehu.identity.UserDirectory;
import org.kehu.identity.UserSummary;
import org.kehu.sales.internal.OpportunityStatus;
import org.kehu.sales.internal.Stages;
import org.kehu.shared.web.Messages;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** What the sales pages share: labels, dictionary options, owners and departments within the scope. */
@Component
class SalesPageSupport {

    private final Dictionary dictionary;
    private final Stages stages;
    private final UserDirectory users;
    private final Messages messages;

    SalesPageSupport(Dictionary dictionary, Stages stages, UserDirectory users, Messages messages) {
        this.dictionary = dictionary;
        this.stages = stages;
        this.users = users;
        this.messages = messages;
    }

    UserDirectory users() {
        return users;
    }

    Messages messages() {
        return messages;
    }

    Stages stages() {
        return stages;
    }

    /** Labels and the options of the filters and forms. */
    void options(Model model) {
        model.addAttribute("labels", labels());
        model.addAttribute("stages", dictionary.entries(DictionaryType.OPPORTUNITY_STAGE));
        model.addAttribute("sources", dictionary.entries(DictionaryType.OPPORTUNITY_SOURCE));
        model.addAttribute("lostReasons", dictionary.enabledEntries(DictionaryType.LOST_REASON));
        model.addAttribute("statuses", OpportunityStatus.values());
        List<UserSummary> owners = owners();
        model.addAttribute("owners", owners);
        Map<Long, String> departments = new TreeMap<>();
        owners.stream().filter(u -> u.departmentId() != null)
                .forEach(u -> departments.put(u.departmentId(), Objects.toString(u.departmentName(), "")));
        model.addAttribute("departments", departments);
    }

    SalesLabels labels() {
        return new SalesLabels(dictionary, messages, LocaleContextHolder.getLocale());
    }

    boolean can(Permission permission) {
        return users.currentUser().map(u -> u.can(permission)).orElse(false);
    }

    /** People who may own opportunities and whom the signed-in user may see. */
    List<UserSummary> owners() {
        var scope = users.ownerScope();
        return users.usersWith(Permission.OPPORTUNITY_VIEW).stream().filter(u -> scope.permits(u.id()))
                .sorted(Comparator.comparing(UserSummary::name)).toList();
    }

    /** Account managers the signed-in user may assign to. */
    List<UserSummary> assignees() {
        return users.currentUser().filter(u -> u.can(Permission.OPPORTUNITY_ASSIGN))
                .map(u -> users.assignableOwners(Permission.OPPORTUNITY_EDIT)).orElse(List.of());
    }
}
