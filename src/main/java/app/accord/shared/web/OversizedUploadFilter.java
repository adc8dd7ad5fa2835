package app.accord.shared.web;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;

import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.support.StandardMultipartHttpServletRequest;

/**
 * Reads a multipart request's parts before anything else does. Tomcat 11 throws from
 * {@code getParameter} when a multipart request is over the limit, so the first filter to
 * read a parameter (CSRF, the language switch, the error page's own) would end the
 * request with Tomcat's bare 413 page. Such a request goes on with only the parameters of
 * its address, and its parts throw {@link MaxUploadSizeExceededException}, which
 * {@link UploadTooLarge} answers. Its CSRF token, in the unreadable body, is missing, so
 * Spring Security refuses it; rendering that refusal (the error dispatch) resolves the
 * parts again and also ends in {@link UploadTooLarge}: the browser gets the "too large"
 * page and no controller ever runs.
 */
class OversizedUploadFilter extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		var contentType = request.getContentType();
		if (contentType != null && contentType.toLowerCase().startsWith("multipart/")) {
			try {
				// Tomcat keeps the parts it parsed; nothing is read twice.
				new StandardMultipartHttpServletRequest(request, false);
			}
			catch (MaxUploadSizeExceededException ex) {
				chain.doFilter(new TooLarge(request, ex), response);
				return;
			}
			catch (RuntimeException ex) {
				// Other multipart problems are Spring MVC's to report, as before.
			}
		}
		chain.doFilter(request, response);
	}

	/** The request without its unreadable body. */
	static final class TooLarge extends HttpServletRequestWrapper {

		private final MaxUploadSizeExceededException problem;

		private final Map<String, String[]> parameters;

		TooLarge(HttpServletRequest request, MaxUploadSizeExceededException problem) {
			super(request);
			this.problem = problem;
			this.parameters = Collections.unmodifiableMap(queryParameters(request.getQueryString()));
		}

		private static Map<String, String[]> queryParameters(String query) {
			var result = new LinkedHashMap<String, String[]>();
			if (query == null || query.isEmpty()) {
				return result;
			}
			for (var pair : query.split("&")) {
				if (pair.isEmpty()) {
					continue;
				}
				var equals = pair.indexOf('=');
				var name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
				var value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
				var previous = result.get(name);
				if (previous == null) {
					result.put(name, new String[] { value });
				}
				else {
					var values = java.util.Arrays.copyOf(previous, previous.length + 1);
					values[previous.length] = value;
					result.put(name, values);
				}
			}
			return result;
		}

		@Override
		public String getParameter(String name) {
			var values = parameters.get(name);
			return values == null ? null : values[0];
		}

		@Override
		public Map<String, String[]> getParameterMap() {
			return parameters;
		}

		@Override
		public Enumeration<String> getParameterNames() {
			return Collections.enumeration(parameters.keySet());
		}

		@Override
		public String[] getParameterValues(String name) {
			var values = parameters.get(name);
			return values == null ? null : values.clone();
		}

		@Override
		public Collection<Part> getParts() {
			throw problem;
		}

		@Override
		public Part getPart(String name) {
			throw problem;
		}

	}

}
