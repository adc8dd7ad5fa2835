package app.accord.shared.web;

import jakarta.servlet.RequestDispatcher;

import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The language switch of the layout: the current address in another language, so the user
 * stays where they are (search terms included). Templates call
 * {@code ${@languages.link('es')}}; it works on error pages too, where it links to the
 * address that failed.
 */
@Component("languages")
public class LanguageLinks {

	public String link(String language) {
		if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
			return "?lang=" + language;
		}
		var request = attributes.getRequest();
		var failed = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		var path = failed != null ? failed.toString() : request.getRequestURI();
		var query = failed != null ? null : request.getQueryString();
		return UriComponentsBuilder.fromPath(path)
			.query(query)
			.replaceQueryParam("lang", language)
			.build()
			.toUriString();
	}

}
