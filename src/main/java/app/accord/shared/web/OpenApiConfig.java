package app.accord.shared.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description of the JSON API under {@code /api/v1}: every call takes a
 * personal API token as a bearer token.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfig {

	@Bean
	OpenAPI accordApi() {
		return new OpenAPI()
			.info(new Info().title("Accord API")
				.version("v1")
				.description("Send a personal API token (create one under My account) as "
						+ "'Authorization: Bearer <token>'. Errors are RFC 9457 problem details."))
			.components(new Components().addSecuritySchemes("bearer",
					new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")))
			.addSecurityItem(new SecurityRequirement().addList("bearer"));
	}

}
