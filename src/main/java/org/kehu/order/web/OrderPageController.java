package org.kehu.order.web;

import java.io.IOException;
import java.time.LocalDateTime;
import java.util.Map;

import org.kehu.customer.AttachmentFile;
import org.kehu.order.OrderDetails;
import org.kehu.order.OrderManagement;
import org.kehu.order.SharedContracts;
import org.kehu.order.PortalOrders;
import org.kehu.order.OrderStatus;
import org.kehu.order.TrackingEvent;
import org.kehu.order.TrackingInput;
import org.kehu.shared.BusinessTime;
import org.kehu.shared.ConcurrentEditException;
import org.kehu.shared.InvalidInputException;
import org.kehu.shared.RecordNotFoundException;
import org.kehu.shared.RuleViolationException;
import org.kehu.shared.web.Downloads;
import org.kehu.shared.web.Messages;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The order page: header, lines, the action buttons of its state, where the goods are (latest tracking event
 * and all of them), contracts and the status history. A refused step or someone else's change shows as a
 * message on the page.
 */
@Controller
@PreAuthorize("hasAuthority('order.view')")
class OrderPageController {

    private final OrderManagement orders;
    private final PortalOrders portalOrders;
    private final Messages messages;
    private final SharedContracts sharedContracts;

    OrderPageController(OrderManagement orders, PortalOrders portalOrders, Messages messages,
            SharedContracts sharedContracts) {
        this.orders = orders;
        this.portalOrders = portalOrders;
        this.messages = messages;
        this.sharedContracts = sharedContracts;
    }

    @GetMapping("/orders/{id:\\d+}")
    String show(@PathVariable long id, Model model) {
        OrderDetails order = orders.get(id);
        model.addAttribute("order", order);
        var tracking = orders.tracking(id);
        model.addAttribute("tracking", tracking);
        model.addAttribute("latest", tracking.isEmpty() ? null : tracking.get(0));
        model.addAttribute("contracts", orders.contracts(id));
        model.addAttribute("sharedContracts", sharedContracts.sharedIds(id));
        model.addAttribute("history", orders.history(id));
        model.addAttribute("configurations", portalOrders.configurations(id));
        model.addAttribute("actions", order.status().next().stream().sorted().map(OrderPageController::action).toList());
        model.addAttribute("canTrack", order.status() != OrderStatus.PENDING && order.status() != OrderStatus.CANCELLED);
        if (!model.containsAttribute("trackingOccurredAt")) {
            model.addAttribute("trackingOccurredAt", LocalDateTime.now(BusinessTime.ZONE).withSecond(0).withNano(0));
        }
        return "order/show";
    }

    /** The URL part of the step that leads to {@code target}. */
    static String action(OrderStatus target) {
        return switch (target) {
            case CONFIRMED -> "confirm";
            case IN_PRODUCTION -> "start-production";
            case SHIPPED -> "ship";
            case DELIVERED -> "deliver";
            case COMPLETED -> "complete";
            default -> "cancel";
        };
    }

    @PostMapping("/orders/{id:\\d+}/{action:confirm|start-production|ship|deliver|complete|cancel}")
    @PreAuthorize("hasAuthority('order.edit')")
    String step(@PathVariable long id, @PathVariable String action, @RequestParam(required = false) Long version,
            RedirectAttributes redirect) {
        try {
            OrderDetails done = switch (action) {
                case "confirm" -> orders.confirm(id, version);
                case "start-production" -> orders.startProduction(id, version);
                case "ship" -> orders.ship(id, version);
                case "deliver" -> orders.deliver(id, version);
                case "complete" -> orders.complete(id, version);
                default -> orders.cancel(id, version);
            };
            redirect.addFlashAttribute("flash", messages.text("order.step.done",
                    messages.text("order.status." + done.status().name())));
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("orderError", messages.text(e.messageKey(), e.args()));
        } catch (ConcurrentEditException | ObjectOptimisticLockingFailureException e) {
            redirect.addFlashAttribute("orderError", messages.text("error.concurrent-edit"));
        }
        return "redirect:/orders/" + id;
    }

    @PostMapping("/orders/{id:\\d+}/tracking")
    @PreAuthorize("hasAuthority('order.edit')")
    String track(@PathVariable long id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime occurredAt,
            @RequestParam(required = false) String place, @RequestParam(required = false) String note,
            RedirectAttributes redirect) {
        try {
            TrackingEvent event = orders.addTracking(id, new TrackingInput(occurredAt, place, note));
            redirect.addFlashAttribute("flash", messages.text("order.tracking.added", event.place()));
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("trackingErrors", messages.texts(e.fieldErrors()));
            redirect.addFlashAttribute("trackingPlace", place);
            redirect.addFlashAttribute("trackingNote", note);
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("orderError", messages.text(e.messageKey(), e.args()));
        }
        return "redirect:/orders/" + id + "#order-tracking";
    }

    @PostMapping("/orders/{id:\\d+}/contracts")
    @PreAuthorize("hasAuthority('order.edit')")
    String upload(@PathVariable long id, @RequestParam(name = "file", required = false) MultipartFile file,
            RedirectAttributes redirect) throws IOException {
        try {
            if (file == null) {
                throw InvalidInputException.of("file", "order.error.file-empty");
            }
            orders.addContract(id, file.getOriginalFilename(), file.getContentType(), file.getBytes());
            redirect.addFlashAttribute("flash", messages.text("order.contract.uploaded"));
        } catch (InvalidInputException e) {
            Map<String, String> texts = messages.texts(e.fieldErrors());
            redirect.addFlashAttribute("contractError", texts.values().iterator().next());
        }
        return "redirect:/orders/" + id + "#order-contracts";
    }

    @GetMapping("/orders/{id:\\d+}/contracts/{contractId:\\d+}")
    ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long contractId) {
        AttachmentFile file = orders.contract(id, contractId);
        return Downloads.attachment(file.filename(), file.contentType(), file.content());
    }

    /** Shares a contract file with the customer on the portal, or stops sharing it. */
    @PostMapping("/orders/{id:\\d+}/contracts/{contractId:\\d+}/share")
    @PreAuthorize("hasAuthority('order.edit')")
    String share(@PathVariable long id, @PathVariable long contractId, @RequestParam(defaultValue = "false") boolean shared,
            RedirectAttributes redirect) {
        sharedContracts.share(id, contractId, shared);
        redirect.addFlashAttribute("flash", messages.text(shared ? "order.contract.shared" : "order.contract.unshared"));
        return "redirect:/orders/" + id + "#order-contracts";
    }

    @PostMapping("/orders/{id:\\d+}/contracts/{contractId:\\d+}/delete")
    @PreAuthorize("hasAuthority('order.edit')")
    String deleteContract(@PathVariable long id, @PathVariable long contractId, RedirectAttributes redirect) {
        try {
            orders.deleteContract(id, contractId);
            redirect.addFlashAttribute("flash", messages.text("common.deleted"));
        } catch (RecordNotFoundException e) {
            redirect.addFlashAttribute("contractError", messages.text("order.error.contract-gone"));
        }
        return "redirect:/orders/" + id + "#order-contracts";
    }
}
