package app.accord.shared.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description of the JSON API under {@code /api/v1}: public reads take no
 * token, every other call a personal API token as a bearer token.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfig {

	@Bean
	OpenAPI accordApi() {
		return new OpenAPI()
			.info(new Info().title("Accord API")
				.version("v1")
				.description("What the site shows everyone may be read without a token: GET /api/v1/leas, "
						+ "/api/v1/leas/{cdsCode}, /api/v1/counties, /api/v1/events, /api/v1/events/{id}, "
						+ "/api/v1/resources and /api/v1/resources/{id} (no drafts, no members-only resources), "
						+ "limited per client address (429 with Retry-After); survey responses are posted "
						+ "without one too. Every other call needs a personal API token (create one under My "
						+ "account) sent as 'Authorization: Bearer <token>'; an unknown, expired or revoked token "
						+ "is answered 401. Errors are RFC 9457 problem details naming each field in 'errors'."))
			.components(new Components().addSecuritySchemes("bearer",
					new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")))
			.addSecurityItem(new SecurityRequirement().addList("bearer"));
	}

}
