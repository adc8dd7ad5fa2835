package app.accord.directory.leas;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

import app.accord.directory.LeaPageLinks;
import app.accord.directory.LeaType;
import app.accord.directory.Region;
import app.accord.shared.NotFoundException;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/** The public directory: search with filters, and a page per LEA. */
@Controller
class DirectoryController {

	static final int PAGE_SIZE = 25;

	private static final int CHOICES = 8;

	private static final Pattern FIELD_ID = Pattern.compile("[A-Za-z][A-Za-z0-9_-]{0,40}");

	private final LeaCatalog catalog;

	private final List<LeaPageLinks> links;

	private final Clock clock;

	DirectoryController(LeaCatalog catalog, List<LeaPageLinks> links, Clock clock) {
		this.catalog = catalog;
		this.links = links;
		this.clock = clock;
	}

	/**
	 * One handler for the page and for htmx: a request from htmx gets only the results,
	 * anything else (including htmx restoring its history) the whole page.
	 */
	@GetMapping("/directory")
	String search(@ModelAttribute("form") SearchForm form,
			@RequestHeader(name = "HX-Request", required = false) String htmx,
			@RequestHeader(name = "HX-History-Restore-Request", required = false) String historyRestore, Model model,
			HttpServletResponse response) {
		var search = DirectorySearch.of(form, this.catalog);
		var results = this.catalog.search(search.criteria(),
				PageRequest.of(search.page() - 1, PAGE_SIZE, search.sort()));
		if (results.getTotalPages() > 0 && search.page() > results.getTotalPages()) {
			// A page past the end (e.g. after a filter narrowed the results) shows the
			// last one.
			search.notices().add(new Notice("directory.notice.page-past-end", String.valueOf(search.page())));
			search = search.onPage(results.getTotalPages());
			results = this.catalog.search(search.criteria(),
					PageRequest.of(search.page() - 1, PAGE_SIZE, search.sort()));
		}
		model.addAttribute("search", search);
		model.addAttribute("results", results);
		response.addHeader("Vary", "HX-Request");
		if ("true".equals(htmx) && !"true".equals(historyRestore)) {
			return "directory/search :: results";
		}
		model.addAttribute("counties", this.catalog.counties());
		model.addAttribute("regions", Region.values());
		model.addAttribute("types", LeaType.values());
		return "directory/search";
	}

	/**
	 * The LEAs whose name or CDS code matches, as buttons that fill a form's field with
	 * the chosen CDS code (htmx; accord.js does the filling). {@code target} is the id of
	 * that field.
	 */
	@GetMapping("/directory/choices")
	String choices(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "") String target,
			Model model) {
		var text = q.strip();
		List<?> leas = (text.length() < 2) ? List.of()
				: this.catalog
					.search(new LeaCatalog.Criteria(text.substring(0, Math.min(text.length(), SearchForm.MAX_QUERY)),
							null, null, null), PageRequest.of(0, CHOICES, Sort.by("name").and(Sort.by("cdsCode"))))
					.getContent();
		model.addAttribute("query", text);
		model.addAttribute("choices", leas);
		model.addAttribute("target", FIELD_ID.matcher(target).matches() ? target : "");
		return "directory/choices :: choices";
	}

	@GetMapping("/directory/{cdsCode}")
	String lea(@PathVariable String cdsCode, Model model) {
		var lea = this.catalog.find(cdsCode)
			.orElseThrow(() -> new NotFoundException("No LEA with CDS code " + cdsCode));
		model.addAttribute("lea", lea);
		model.addAttribute("moreLinks", links.stream().flatMap(l -> l.linksFor(lea.getCdsCode()).stream()).toList());
		if (lea.isMissingFromSource()) {
			model.addAttribute("missingSince",
					LocalDate.ofInstant(lea.getMissingFromSourceSince(), this.clock.getZone()));
		}
		return "directory/lea";
	}

}
