package org.kehu.portal.configure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletResponse;

import org.kehu.catalog.ConfigurableProduct;
import org.kehu.catalog.ProductInfo;
import org.kehu.order.OrderDetails;
import org.kehu.portal.PortalUser;
import org.kehu.portal.PortalUsers;
import org.kehu.shared.ConcurrentEditException;
import org.kehu.shared.InvalidInputException;
import org.kehu.shared.RecordNotFoundException;
import org.kehu.shared.web.Messages;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The configurator's pages: {@code /portal/configure/{code}} (choose, save, order), its live price
 * ({@code POST .../price}, an htmx fragment or JSON) and "my configurations". Choices arrive as {@code g<groupId>}
 * parameters (one radio group per option group; empty is "none") or as {@code option} parameters, and are read here
 * as plain text so that any bad value becomes a message beside its field, never an error page.
 */
@Controller
class ConfigureController {

    private static final Pattern GROUP_PARAMETER = Pattern.compile("g([0-9]{1,18})");
    private static final Pattern ID = Pattern.compile("[0-9]{1,18}");

    private final Configurator configurator;
    private final Messages messages;

    ConfigureController(Configurator configurator, Messages messages) {
        this.configurator = configurator;
        this.messages = messages;
    }

    @GetMapping("/portal/configure/{code}")
    String page(@PathVariable String code, @RequestParam(required = false) String configuration, Model model) {
        PortalUser user = PortalUsers.require();
        ConfigurableProduct product = configurator.product(code);
        Form form = Form.fresh(product);
        if (configuration != null) {
            SavedConfiguration saved = configurator.mine(user, id(configuration));
            if (saved.productId() != product.product().id()) {
                throw new RecordNotFoundException("Configuration", configuration);
            }
            form = Form.of(product, saved);
        }
        return show(product, form, configurator.price(product, form.request()), Map.of(), model);
    }

    @PostMapping("/portal/configure/{code}/price")
    ModelAndView price(@PathVariable String code, @RequestParam MultiValueMap<String, String> params,
            @RequestHeader(value = "Accept", required = false) String accept) {
        PortalUsers.require();
        boolean json = PriceJson.wanted(accept);
        ConfigurableProduct product;
        try {
            product = configurator.product(code);
        } catch (RecordNotFoundException e) {
            if (json) {
                return PriceJson.notFound(messages.text("configure.error.product-unknown"));
            }
            throw e;
        }
        PriceRules.Result result = configurator.price(product, request(params));
        Map<String, String> errors = messages.texts(result.errors());
        if (json) {
            return PriceJson.of(product, result, errors, messages);
        }
        ModelAndView fragment = new ModelAndView("portal/configure :: price");
        fragment.addObject("product", product);
        fragment.addObject("result", result);
        fragment.addObject("problems", errors);
        fragment.addObject("fields", fields(product));
        fragment.addObject("oob", true);
        return fragment;
    }

    @PostMapping("/portal/configure/{code}")
    String submit(@PathVariable String code, @RequestParam MultiValueMap<String, String> params, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        PortalUser user = PortalUsers.require();
        ConfigurableProduct product = configurator.product(code);
        PriceRules.Request request = request(params);
        Form form = Form.posted(product, params, request);
        Long configurationId = optionalId(params.getFirst("configuration"));
        Long version = optionalId(params.getFirst("version"));
        try {
            if ("order".equals(params.getFirst("action"))) {
                OrderDetails order = configurator.order(user, product, request);
                redirect.addFlashAttribute("flash", messages.text("configure.ordered", order.number()));
                return "redirect:/portal/orders/" + order.number();
            }
            configurator.save(user, product, request, configurationId, version, form.shown());
            redirect.addFlashAttribute("flash", messages.text("configure.saved"));
            return "redirect:/portal/configurations";
        } catch (InvalidInputException e) {
            return show(product, form, configurator.price(product, request), messages.texts(e.fieldErrors()), model);
        } catch (ConcurrentEditException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return show(product, form, configurator.price(product, request),
                    Map.of("option", messages.text("configure.conflict")), model);
        }
    }

    @GetMapping("/portal/configurations")
    String list(@RequestParam(required = false) String after, Model model) {
        PortalUser user = PortalUsers.require();
        var page = configurator.page(user, after);
        Map<Long, ProductInfo> products = configurator.productsOf(page.items());
        model.addAttribute("page", page);
        model.addAttribute("products", products);
        model.addAttribute("configurable", configurator.configurable());
        return "portal/configurations";
    }

    @GetMapping("/portal/configurations/{id}")
    String open(@PathVariable String id) {
        PortalUser user = PortalUsers.require();
        SavedConfiguration saved = configurator.mine(user, id(id));
        ProductInfo product = configurator.productsOf(List.of(saved)).get(saved.productId());
        if (product == null) {
            throw new RecordNotFoundException("Configuration", id);
        }
        return "redirect:/portal/configure/" + product.code() + "?configuration=" + saved.id();
    }

    @PostMapping("/portal/configurations/{id}/delete")
    String delete(@PathVariable String id, RedirectAttributes redirect) {
        PortalUser user = PortalUsers.require();
        configurator.delete(user, id(id));
        redirect.addFlashAttribute("flash", messages.text("configure.deleted"));
        return "redirect:/portal/configurations";
    }

    private String show(ConfigurableProduct product, Form form, PriceRules.Result result, Map<String, String> errors,
            Model model) {
        model.addAttribute("product", product);
        model.addAttribute("picture", configurator.picture(product.product().id()).orElse(null));
        model.addAttribute("form", form);
        model.addAttribute("result", result);
        model.addAttribute("problems", errors);
        model.addAttribute("fields", fields(product));
        model.addAttribute("oob", false);
        return "portal/configure";
    }

    /** Every field a message may stand beside, so that the fragment clears the ones that are fine now. */
    private static List<String> fields(ConfigurableProduct product) {
        List<String> fields = new ArrayList<>(List.of("option", "quantity", "note"));
        product.optionGroups().forEach(g -> fields.add("group-" + g.id()));
        return fields;
    }

    static PriceRules.Request request(MultiValueMap<String, String> params) {
        List<PriceRules.Choice> choices = new ArrayList<>();
        params.forEach((name, values) -> {
            Matcher group = GROUP_PARAMETER.matcher(name);
            if (group.matches() || "option".equals(name)) {
                Long groupId = group.matches() ? Long.valueOf(group.group(1)) : null;
                values.forEach(v -> choices.add(new PriceRules.Choice(groupId, v)));
            }
        });
        return new PriceRules.Request(choices, params.getFirst("quantity"), params.getFirst("note"));
    }

    private static long id(String text) {
        if (text == null || !ID.matcher(text).matches()) {
            throw new RecordNotFoundException("Configuration", "?");
        }
        return Long.parseLong(text);
    }

    private static Long optionalId(String text) {
        return text == null || text.isBlank() ? null : id(text.strip());
    }

    /** What the form shows: the option chosen in each group, quantity and note as typed, the public checkbox. */
    record Form(Map<Long, Long> chosen, String quantity, String note, boolean shown, Long configurationId, Long version) {

        /** A new configuration: the first option of each required group, one piece. */
        static Form fresh(ConfigurableProduct product) {
            Map<Long, Long> chosen = new HashMap<>();
            product.optionGroups().stream().filter(g -> g.required() && !g.options().isEmpty())
                    .forEach(g -> chosen.put(g.id(), g.options().get(0).id()));
            return new Form(chosen, "1", "", false, null, null);
        }

        static Form of(ConfigurableProduct product, SavedConfiguration saved) {
            Map<Long, Long> chosen = new HashMap<>();
            product.optionGroups().forEach(g -> g.options().stream().filter(o -> saved.optionIds().contains(o.id()))
                    .findFirst().ifPresent(o -> chosen.put(g.id(), o.id())));
            return new Form(chosen, String.valueOf(saved.quantity()), saved.note() == null ? "" : saved.note(),
                    saved.shownPublicly(), saved.id(), saved.version());
        }

        static Form posted(ConfigurableProduct product, MultiValueMap<String, String> params, PriceRules.Request request) {
            Map<Long, Long> chosen = new LinkedHashMap<>();
            PriceRules.Result valid = PriceRules.price(product, request);
            product.optionGroups().forEach(g -> {
                Long option = valid.chosenIn(g.id());
                if (option != null) {
                    chosen.put(g.id(), option);
                }
            });
            String shown = params.getFirst("shown");
            return new Form(chosen, clean(params.getFirst("quantity")), clean(params.getFirst("note")),
                    "true".equals(shown) || "on".equals(shown), optionalIdOrNull(params.getFirst("configuration")),
                    optionalIdOrNull(params.getFirst("version")));
        }

        /** Whether {@code optionId} is the choice in its group; {@code null} asks about the "none" choice. */
        public boolean isChosen(long groupId, Long optionId) {
            return java.util.Objects.equals(chosen.get(groupId), optionId);
        }

        PriceRules.Request request() {
            List<PriceRules.Choice> choices = new ArrayList<>();
            chosen.forEach((g, o) -> choices.add(new PriceRules.Choice(g, String.valueOf(o))));
            return new PriceRules.Request(choices, quantity, note);
        }

        private static String clean(String text) {
            // Shown back in the form: a control character would only be refused again, so it is not echoed.
            return text == null ? "" : text.replaceAll("[\\p{Cntrl}&&[^\\n\\r\\t]]", "");
        }

        private static Long optionalIdOrNull(String text) {
            return text == null || !ID.matcher(text.strip()).matches() ? null : Long.valueOf(text.strip());
        }
    }
}
