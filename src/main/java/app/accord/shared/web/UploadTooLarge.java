package app.accord.shared.web;

import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;

/**
 * A request over the servlet's multipart limit ({@code spring.servlet.multipart.*}) is
 * refused before any controller runs, so this advice applies to every handler: pages
 * answer with a page that says the limit and links back to the form, the JSON API with a
 * problem detail; both with HTTP 413. {@link OversizedUploadFilter} keeps such a request
 * from failing earlier, in the filters. (Tomcat must read the rest of such a request for
 * the browser to see the answer: {@code server.tomcat.max-swallow-size}.)
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadTooLarge {

	private final DataSize limit;

	UploadTooLarge(@Value("${spring.servlet.multipart.max-request-size:1MB}") DataSize limit) {
		this.limit = limit;
	}

	/**
	 * Right after the character encoding filter (the parts must be read with the right
	 * encoding), before the session, security and everything else.
	 */
	@Bean
	static FilterRegistrationBean<OversizedUploadFilter> oversizedUploadFilter() {
		var registration = new FilterRegistrationBean<>(new OversizedUploadFilter());
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
		return registration;
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	Object tooLarge(HttpServletRequest request) {
		var megabytes = limit.toMegabytes();
		if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			var problem = ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE,
					"The request is larger than the " + megabytes + " MB the server accepts; nothing was saved.");
			problem.setProperty("maxMegabytes", megabytes);
			return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE)
				.contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.body(problem);
		}
		var page = new ModelAndView("error/413", HttpStatus.PAYLOAD_TOO_LARGE);
		page.addObject("maxMegabytes", megabytes);
		page.addObject("back", back(request));
		return page;
	}

	/**
	 * The page the form was on, from the Referer: only its path and query are kept, so
	 * the link never leads to another site.
	 */
	private static String back(HttpServletRequest request) {
		var referer = request.getHeader("Referer");
		if (referer == null) {
			return null;
		}
		try {
			var uri = URI.create(referer);
			if (uri.getHost() != null && !uri.getHost().equalsIgnoreCase(request.getServerName())) {
				return null;
			}
			var path = uri.getRawPath();
			if (path == null || !path.startsWith("/") || path.startsWith("//")) {
				return null;
			}
			return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
