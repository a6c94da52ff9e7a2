package org.kehu.shared.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI description's title and the personal-access-token scheme every call may use. */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    @Bean
    OpenAPI kehuOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Kehu CRM API").version("v1")
                        .description("REST API of Kehu CRM. Authenticate with a personal access token "
                                + "(Authorization: Bearer ...) or a browser session with the X-CSRF-TOKEN header. "
                                + "Errors are application/problem+json.")
                        .license(new License().name("Apache-2.0")))
                .components(new Components().addSecuritySchemes("token",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                                .description("A personal access token from the profile page or POST /api/v1/me/tokens")))
                .addSecurityItem(new SecurityRequirement().addList("token"));
    }
}
