package org.kehu.shared.web;

import java.time.Duration;
import java.util.Locale;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;

/**
 * Chinese by default; {@code ?lang=en} or {@code ?lang=zh_CN} switches and is remembered in a cookie.
 * Dates of parameters and form fields within the sane range; uploaded file names checked like text.
 * Static files only under their own folders (see {@link #addResourceHandlers}).
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("kehu-lang");
        resolver.setDefaultLocale(Locale.SIMPLIFIED_CHINESE);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor change = new LocaleChangeInterceptor();
        change.setParamName("lang");
        registry.addInterceptor(change);
        registry.addInterceptor(new UploadNameCheck());
    }

    /**
     * The static files, each folder under its own pattern, instead of Spring Boot's catch-all {@code /**}
     * ({@code spring.web.resources.add-mappings=false}). Why: with the webjars locator on the classpath Boot turns the
     * resource chain on, and its {@code ResourceUrlEncodingFilter} passes every URL a page writes ({@code @{/customers}},
     * each menu entry) through the resolvers of every handler whose pattern matches it. Under {@code /**} that is all
     * of them, and a link that is no file is looked up in the class path each time (a miss is not cached): four fifths
     * of the CPU of a home page at demo size went there. With these patterns a page link matches none and costs
     * nothing; webjar and static URLs are resolved once and cached, and webjar links still get their version.
     */
    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/webjars/**").addResourceLocations("classpath:/META-INF/resources/webjars/")
                .resourceChain(true).addResolver(new LiteWebJarsResourceResolver());
        for (String folder : STATIC_FOLDERS) {
            registry.addResourceHandler("/" + folder + "/**").addResourceLocations("classpath:/static/" + folder + "/")
                    .resourceChain(true);
        }
    }

    /** The folders of {@code src/main/resources/static}; a new one is added here. */
    static final java.util.List<String> STATIC_FOLDERS = java.util.List.of("css", "js", "geo");

    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addConverter(new SaneDateConverter());
    }
}
