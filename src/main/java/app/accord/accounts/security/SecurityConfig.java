package app.accord.accounts.security;

import java.time.Clock;
import java.util.stream.Stream;

import app.accord.accounts.administration.FirstAdmin;
import app.accord.accounts.people.AccountRepository;
import app.accord.accounts.signin.AccountUserDetailsService;
import app.accord.accounts.signin.LoginThrottle;
import app.accord.accounts.signin.ThrottledAuthenticationProvider;
import app.accord.accounts.tokens.ApiTokens;
import app.accord.shared.web.SecurityHeaders;
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
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.savedrequest.CookieRequestCache;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * Who may reach what. Two chains: the JSON API (stateless, bearer tokens, problem-details
 * errors) and the pages (session, CSRF, password or emailed-link sign-in). Object-level
 * checks live in each module's services.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
@EnableConfigurationProperties({ FirstAdmin.Settings.class, PublicApiLimit.Settings.class })
class SecurityConfig {

	static final String CSP = SecurityHeaders.CSP;

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

	/**
	 * What the site shows everyone, read over the API without a token: the directory,
	 * published events, public library resources. The services behind them show the
	 * anonymous no more than the pages do (no drafts, no members-only resources).
	 */
	static final RequestMatcher PUBLIC_API_READS = new OrRequestMatcher(Stream
		.of("/api/v1/leas", "/api/v1/leas/*", "/api/v1/counties", "/api/v1/events", "/api/v1/events/*",
				"/api/v1/resources", "/api/v1/resources/*")
		.map(path -> (RequestMatcher) PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, path))
		.toList());

	@Bean
	@Order(1)
	SecurityFilterChain api(HttpSecurity http, ApiTokens tokens, PublicApiLimit.Settings limit, Clock clock)
			throws Exception {
		// Metrics are scraped by ops tools with a staff member's API token. Survey
		// responses are anonymous: that one endpoint takes no token. Public reads take
		// none either, limited per address.
		http.securityMatcher("/api/v1/**", "/actuator/prometheus")
			.authorizeHttpRequests(requests -> requests.requestMatchers("/actuator/prometheus")
				.hasRole("STAFF")
				.requestMatchers(HttpMethod.POST, "/api/v1/surveys/responses")
				.permitAll()
				.requestMatchers(PUBLIC_API_READS)
				.permitAll()
				.anyRequest()
				.authenticated())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(csrf -> csrf.disable())
			.addFilterBefore(new BearerTokenFilter(tokens), BasicAuthenticationFilter.class)
			.addFilterAfter(new PublicApiLimit(limit, PUBLIC_API_READS, clock), BearerTokenFilter.class)
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
			// The token lives in a cookie, not a session (docs/adr/0011): browsing
			// creates
			// neither; where the sign-in page sends someone back to is a cookie too.
			.csrf(csrf -> csrf.csrfTokenRepository(new CookieCsrfTokenRepository())
				.csrfTokenRequestHandler(new MaskedCsrfTokens()))
			.requestCache(cache -> cache.requestCache(new CookieRequestCache()))
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

	static void problem(HttpServletResponse response, int status, String title, String detail)
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
