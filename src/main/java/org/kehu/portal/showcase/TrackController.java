package org.kehu.portal.showcase;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.kehu.order.OrderTracking;
import org.kehu.order.TrackedOrder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * Order tracking without a login (订单跟踪): the number and the last four digits of the buyer's phone show the
 * order's status and where the goods are. A wrong pair and an unknown number get the same answer; tries are
 * limited per client and per order number ({@link TrackingLimiter}).
 */
@Controller
class TrackController {

    private final OrderTracking tracking;
    private final TrackingLimiter limiter;

    TrackController(OrderTracking tracking, TrackingLimiter limiter) {
        this.tracking = tracking;
        this.limiter = limiter;
    }

    @GetMapping("/portal/track")
    String form(Model model) {
        model.addAttribute("form", new TrackForm());
        return "portal/track";
    }

    @PostMapping("/portal/track")
    String track(@ModelAttribute("form") TrackForm form, BindingResult binding, Model model, HttpServletRequest request,
            HttpServletResponse response) {
        String number = TextChecks.clean(form.getNumber());
        String phone = TextChecks.clean(form.getPhone());
        if (number == null) {
            binding.rejectValue("number", "showcase.error.required");
        } else if (number.length() > 24 || !number.matches("[A-Za-z0-9-]+")) {
            binding.rejectValue("number", "showcase.track.error.number");
        }
        if (phone == null) {
            binding.rejectValue("phone", "showcase.error.required");
        } else if (!phone.matches("\\d{4}")) {
            binding.rejectValue("phone", "showcase.track.error.phone");
        }
        if (binding.hasErrors()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return "portal/track";
        }
        if (!limiter.tryAllowed(request.getRemoteAddr(), number)) {
            response.setStatus(429);
            model.addAttribute("limited", true);
            return "portal/track";
        }
        TrackedOrder order = tracking.find(number, phone).orElse(null);
        if (order == null) {
            model.addAttribute("notFound", true);
        } else {
            model.addAttribute("order", order);
        }
        return "portal/track";
    }
}
