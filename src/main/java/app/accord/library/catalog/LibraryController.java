package app.accord.library.catalog;

import app.accord.library.search.SearchIndex;
import app.accord.library.search.SearchLinks;
import app.accord.library.search.SearchQuery;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import app.accord.accounts.SignedInUser;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import app.accord.shared.web.Downloads;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/** The public library: search with facets, a page per resource, its file, newsletters. */
@Controller
public class LibraryController {

	public static final int PAGE_SIZE = 20;

	private final LibraryReading reading;

	private final TopicRepository topics;

	LibraryController(LibraryReading reading, TopicRepository topics) {
		this.reading = reading;
		this.topics = topics;
	}

	/**
	 * One handler for the page and for htmx (results as you type): a request from htmx
	 * gets only the results. Unknown filter values are ignored rather than refused.
	 */
	@GetMapping("/library")
	String search(@AuthenticationPrincipal SignedInUser user, @RequestParam(required = false) String q,
			@RequestParam(required = false) String kind, @RequestParam(required = false) String topic,
			@RequestParam(required = false) String language, @RequestParam(required = false) String year,
			@RequestParam(required = false) String page,
			@RequestHeader(name = "HX-Request", required = false) String htmx,
			@RequestHeader(name = "HX-History-Restore-Request", required = false) String historyRestore, Locale locale,
			Model model, HttpServletResponse response) {
		var query = query(q, kind, topic, language, year, page, PAGE_SIZE);
		model.addAttribute("query", query);
		model.addAttribute("shortened", q != null && q.strip().length() > SearchQuery.MAX_TEXT);
		model.addAttribute("results", reading.search(user, query));
		model.addAttribute("topicNames", topicNames(locale));
		model.addAttribute("links", new SearchLinks(query));
		model.addAttribute("maxText", SearchQuery.MAX_TEXT);
		model.addAttribute("dimensions", SearchIndex.DIMENSIONS);
		response.addHeader("Vary", "HX-Request");
		if ("true".equals(htmx) && !"true".equals(historyRestore)) {
			return "library/search :: results";
		}
		return "library/search";
	}

	public static SearchQuery query(String q, String kind, String topic, String language, String year, String page,
			int pageSize) {
		return new SearchQuery(q, parseEnum(kind), parseLong(topic),
				ResourceLanguage.ofCode(blank(language)).orElse(null), parseInt(year),
				page == null ? 1 : java.util.Optional.ofNullable(parseInt(page)).orElse(1), pageSize);
	}

	private Map<String, String> topicNames(Locale locale) {
		var names = new LinkedHashMap<String, String>();
		topics.findAllByOrderByNameEn().forEach(t -> names.put(String.valueOf(t.getId()), t.name(locale)));
		return names;
	}

	@GetMapping("/library/resources/{id}")
	String resource(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, Model model) {
		var resource = reading.visible(user, id);
		model.addAttribute("resource", resource);
		model.addAttribute("translation", reading.translationOf(user, resource).orElse(null));
		return "library/resource";
	}

	/**
	 * The file, always as an attachment under a sanitised name with the type found in its
	 * content, so a browser never renders an upload as a page of this site.
	 */
	@GetMapping("/library/resources/{id}/file")
	ResponseEntity<InputStreamResource> file(@AuthenticationPrincipal SignedInUser user, @PathVariable long id)
			throws java.io.IOException {
		var download = reading.download(user, id);
		return Downloads.stream(download.content(), download.size(), download.fileName(),
				MediaType.parseMediaType(download.type().mediaType()));
	}

	@GetMapping("/library/newsletters")
	String newsletters(@AuthenticationPrincipal SignedInUser user, Model model) {
		var byYear = new LinkedHashMap<String, java.util.List<Resource>>();
		for (var newsletter : reading.newsletters(user)) {
			var year = newsletter.getPublishedOn() == null ? "" : String.valueOf(newsletter.getPublishedOn().getYear());
			byYear.computeIfAbsent(year, y -> new java.util.ArrayList<>()).add(newsletter);
		}
		model.addAttribute("byYear", byYear);
		return "library/newsletters";
	}

	private static ResourceKind parseEnum(String value) {
		try {
			return value == null || value.isBlank() ? null
					: ResourceKind.valueOf(value.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static Long parseLong(String value) {
		try {
			return value == null || value.isBlank() ? null : Long.valueOf(value.strip());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private static Integer parseInt(String value) {
		try {
			return value == null || value.isBlank() ? null : Integer.valueOf(value.strip());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private static String blank(String value) {
		return value == null ? "" : value;
	}

}
