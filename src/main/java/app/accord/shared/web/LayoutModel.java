package app.accord.shared.web;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * What the layout needs on every page: for each language, the current address in that
 * language, so the language switch keeps the user where they are (search terms included).
 */
@ControllerAdvice
class LayoutModel {

	@ModelAttribute("languageLinks")
	Map<String, String> languageLinks(HttpServletRequest request) {
		var links = new LinkedHashMap<String, String>();
		for (var locale : WebConfig.SUPPORTED) {
			var uri = ServletUriComponentsBuilder.fromRequest(request)
				.replaceQueryParam("lang", locale.getLanguage())
				.build();
			links.put(locale.getLanguage(), uri.getPath() + "?" + uri.getQuery());
		}
		return links;
	}

}
