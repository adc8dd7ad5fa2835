package app.accord.surveys.reports;

import app.accord.surveys.rules.SurveyPolicy;

import java.util.Locale;

import app.accord.accounts.SignedInUser;
import app.accord.shared.web.Downloads;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * Survey results for co-leads (their LEA) and staff (everything): the report page with
 * its charts and the CSV of aggregates. Who may read what is decided by
 * {@link SurveyPolicy} on the service.
 */
@Controller
public class ReportController {

	private final SurveyReports reports;

	private final MyReports myReports;

	private final SurveyPolicy policy;

	private final ReportExport export;

	private final Comparisons comparisons;

	private final SurveyPdf pdf;

	ReportController(SurveyReports reports, MyReports myReports, SurveyPolicy policy, ReportExport export,
			Comparisons comparisons, SurveyPdf pdf) {
		this.reports = reports;
		this.myReports = myReports;
		this.policy = policy;
		this.export = export;
		this.comparisons = comparisons;
		this.pdf = pdf;
	}

	/**
	 * A co-lead's and a network coordinator's administrations (staff see them all on
	 * their own page).
	 */
	@GetMapping("/surveys")
	String mine(@AuthenticationPrincipal SignedInUser user, Model model) {
		if (user == null) {
			return "redirect:/signin";
		}
		if (policy.isStaff(user)) {
			return "redirect:/staff/surveys";
		}
		var mine = myReports.of(user);
		model.addAttribute("leas", mine.leas());
		model.addAttribute("coordinator", mine.coordinator());
		model.addAttribute("reports", mine.reports());
		return "surveys/mine";
	}

	@GetMapping("/surveys/administrations/{id}/report")
	String report(@PathVariable long id, @RequestParam(required = false) String lea,
			@RequestParam(required = false) String group, Model model, Locale locale) {
		var report = reports.administration(id, blankToNull(lea), breakdown(group), locale);
		addReport(model, report);
		model.addAttribute("comparisons", comparisons.of(id, report.leaCdsCode(), report, locale));
		model.addAttribute("administrationId", id);
		model.addAttribute("statewide", false);
		return "surveys/report";
	}

	@GetMapping("/surveys/administrations/{id}/report.csv")
	ResponseEntity<byte[]> csv(@PathVariable long id, @RequestParam(required = false) String lea,
			@RequestParam(required = false) String group, Locale locale) {
		var report = reports.administration(id, blankToNull(lea), breakdown(group), locale);
		return Downloads.csv(export.csv(report, locale), filename(id, report, ".csv"));
	}

	@GetMapping("/surveys/administrations/{id}/report.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable long id, @RequestParam(required = false) String lea,
			@RequestParam(required = false) String group, Locale locale) {
		var report = reports.administration(id, blankToNull(lea), breakdown(group), locale);
		var body = pdf.render(report, comparisons.of(id, report.leaCdsCode(), report, locale), locale);
		return Downloads.pdf(body, filename(id, report, ".pdf"));
	}

	private static String filename(long id, Report report, String extension) {
		return "survey-" + id + (report.leaCdsCode() == null ? "" : "-" + report.leaCdsCode()) + extension;
	}

	public static void addReport(Model model, Report report) {
		model.addAttribute("report", report);
		model.addAttribute("chartWidth", DivergingChart.WIDTH);
		model.addAttribute("chartHeight", DivergingChart.HEIGHT);
		model.addAttribute("charts", new Charts());
		model.addAttribute("comparisons", java.util.List.of());
		model.addAttribute("trendChart", report.trend().shown() ? TrendChart.of(report.trend()) : null);
	}

	/** Chart geometry for the template. */
	public static final class Charts {

		public java.util.List<DivergingChart.Segment> segments(int points, java.util.List<Integer> percents) {
			return DivergingChart.segments(points, percents);
		}

		public String fill(int points, int point) {
			return DivergingChart.fill(points, point);
		}

	}

	private static Breakdown breakdown(String group) {
		return Breakdown.parse(group)
			.orElseThrow(() -> new ResponseStatusException(org.springframework.http.HttpStatus.BAD_REQUEST,
					"group must be role or site"));
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
