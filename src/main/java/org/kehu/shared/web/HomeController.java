package org.kehu.shared.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page; role dashboards join it as the analytics module grows. */
@Controller
class HomeController {

    @GetMapping("/")
    String home() {
        return "home/index";
    }
}
