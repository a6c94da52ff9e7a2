package org.kehu.shared.web;

import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletResponse;

import org.kehu.shared.ConcurrentEditException;
import org.kehu.shared.InvalidInputException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The save step every form page shares. Nothing is saved while the form has errors; problems the service
 * finds go beside their fields; a stale version (someone else saved first) answers 409 with the model
 * attribute {@code conflict} set. In each of these cases the form is shown again.
 */
public final class FormSubmission {

    private FormSubmission() {
    }

    /**
     * @param save saves and answers the view to go to, usually a redirect with a flash message
     * @param form shows the form again, with the binding's errors
     */
    public static String save(BindingResult binding, Model model, Supplier<String> save, Supplier<String> form) {
        if (!binding.hasErrors()) {
            try {
                return save.get();
            } catch (InvalidInputException e) {
                FormErrors.addTo(binding, e);
            } catch (ConcurrentEditException | ObjectOptimisticLockingFailureException e) {
                if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attrs
                        && attrs.getResponse() != null) {
                    attrs.getResponse().setStatus(HttpServletResponse.SC_CONFLICT);
                }
                model.addAttribute("conflict", true);
            }
        }
        return form.get();
    }
}
