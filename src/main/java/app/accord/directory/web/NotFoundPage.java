package app.accord.directory.web;

import java.util.LinkedHashMap;

import app.accord.shared.NotFoundException;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The 404 page for the directory's pages. Spring does not run {@code @ModelAttribute}
 * advice for exception handlers, so the shared handler renders the layout without the
 * language links it needs and the page fails; this handler adds them. It can go once the
 * shared handler supplies them itself.
 */
@ControllerAdvice(assignableTypes = { DirectoryController.class, LeaImportController.class })
@Order(Ordered.HIGHEST_PRECEDENCE)
class NotFoundPage {

	@ExceptionHandler(NotFoundException.class)
	ModelAndView notFound(HttpServletRequest request) {
		var links = new LinkedHashMap<String, String>();
		for (var language : new String[] { "en", "es" }) {
			var uri = ServletUriComponentsBuilder.fromRequest(request).replaceQueryParam("lang", language).build();
			links.put(language, uri.getPath() + "?" + uri.getQuery());
		}
		var page = new ModelAndView("error/404", HttpStatus.NOT_FOUND);
		page.addObject("languageLinks", links);
		return page;
	}

}
