package app.accord.accounts.internal;

import java.time.Clock;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * Who may reach what. Two chains: the JSON API (stateless, bearer tokens, problem-details
 * errors) and the pages (session, CSRF, password or emailed-link sign-in). Object-level
 * checks live in each module's services.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
@EnableConfigurationProperties(FirstAdmin.Settings.class)
class SecurityConfig {

	static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
			+ "font-src 'self'; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'self'; "
			+ "object-src 'none'";

	/** The API browser (Swagger UI) needs inline styles; it runs no inline script. */
	static final String API_DOCS_CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
			+ "img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; object-src 'none'";

	/**
	 * Sign-ins and authorization decisions are observed (metrics, traces); the passage of
	 * every request through each of the chain's filters is not: timing fifteen filters
	 * per request cost more than some requests' own work, and HTTP requests are timed
	 * whole anyway.
	 */
	@Bean
	SecurityObservationSettings securityObservationSettings() {
		return SecurityObservationSettings.withDefaults().shouldObserveRequests(false).build();
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	@Order(1)
	SecurityFilterChain api(HttpSecurity http, ApiTokens tokens) throws Exception {
		// Metrics are scraped by ops tools with a staff member's API token. Survey
		// responses are anonymous: that one endpoint takes no token.
		http.securityMatcher("/api/v1/**", "/actuator/prometheus")
			.authorizeHttpRequests(requests -> requests.requestMatchers("/actuator/prometheus")
				.hasRole("STAFF")
				.requestMatchers(HttpMethod.POST, "/api/v1/surveys/responses")
				.permitAll()
				.anyRequest()
				.authenticated())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(csrf -> csrf.disable())
			.addFilterBefore(new BearerTokenFilter(tokens), BasicAuthenticationFilter.class)
			.exceptionHandling(errors -> errors
				.authenticationEntryPoint((request, response, ex) -> problem(response, 401, "Unauthorized",
						"Send a personal API token as 'Authorization: Bearer <token>'."))
				.accessDeniedHandler((request, response, ex) -> problem(response, 403, "Forbidden",
						"Your account may not do this.")))
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CSP)));
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain apiDocs(HttpSecurity http) throws Exception {
		http.securityMatcher("/api/docs/**", "/api/swagger-ui/**", "/swagger-ui/**", "/v3/api-docs/**")
			.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(API_DOCS_CSP)));
		return http.build();
	}

	@Bean
	@Order(3)
	SecurityFilterChain web(HttpSecurity http, AccountUserDetailsService users, PasswordEncoder encoder,
			LoginThrottle throttle, AccountRepository accounts, Clock clock) throws Exception {
		// The only way to check a password, with no parent manager to fall back on: a
		// throttled
		// attempt must not be retried elsewhere.
		var passwords = new ProviderManager(
				new ThrottledAuthenticationProvider(users, encoder, throttle, accounts, clock));
		http.authorizeHttpRequests(requests -> requests.requestMatchers("/staff/**")
			.hasRole("STAFF")
			.requestMatchers("/actuator/health/**", "/actuator/info")
			.permitAll()
			.requestMatchers("/actuator/**")
			.hasRole("STAFF")
			.requestMatchers("/account/**")
			.authenticated()
			.anyRequest()
			.permitAll())
			.authenticationManager(passwords)
			.formLogin(form -> form.loginPage("/signin")
				.loginProcessingUrl("/signin")
				.usernameParameter("email")
				.passwordParameter("password")
				.failureHandler(failureHandler())
				.defaultSuccessUrl("/account", false))
			.logout(logout -> logout.logoutUrl("/signout").logoutSuccessUrl("/"))
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CSP))
				.frameOptions(frame -> frame.deny())
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)));
		return http.build();
	}

	private static AuthenticationFailureHandler failureHandler() {
		return (request, response, ex) -> {
			var reason = ex instanceof ThrottledAuthenticationProvider.TooManyAttemptsException ? "throttled"
					: "failed";
			// The page comes back with the address as typed (never the password), carried
			// in
			// the session rather than the address bar.
			var typed = new FlashMap();
			typed.put("signinEmail", request.getParameter("email"));
			typed.setTargetRequestPath(request.getContextPath() + "/signin");
			new SessionFlashMapManager().saveOutputFlashMap(typed, request, response);
			response.sendRedirect(request.getContextPath() + "/signin?error=" + reason);
		};
	}

	private static void problem(HttpServletResponse response, int status, String title, String detail)
			throws java.io.IOException {
		response.setStatus(status);
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		if (status == 401) {
			response.setHeader("WWW-Authenticate", "Bearer");
		}
		response.getWriter()
			.write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status + ",\"detail\":\""
					+ detail + "\"}");
	}

}
