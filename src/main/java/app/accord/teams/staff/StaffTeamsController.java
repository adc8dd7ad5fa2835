package app.accord.teams.staff;

import java.util.Locale;

import jakarta.validation.Valid;

import app.accord.accounts.SignedInUser;
import app.accord.shared.Spreadsheets;
import app.accord.directory.Directory;
import app.accord.directory.Region;
import app.accord.shared.web.Downloads;
import app.accord.shared.web.FormErrors;
import app.accord.teams.meetings.MeetingRules;
import app.accord.teams.team.StartTeamForm;
import app.accord.teams.team.TeamCreation;
import app.accord.teams.team.TeamFilter;
import app.accord.teams.team.TeamList;
import app.accord.teams.team.TeamRuleViolation;

import org.springframework.data.domain.PageRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Staff: every team with filters, a page at a time, and exports of all the filtered
 * teams; staff start a team for an LEA.
 */
@Controller
class StaffTeamsController {

	/** Teams a page, as many as the other staff lists show. */
	static final int PAGE_SIZE = 50;

	private final TeamList list;

	private final TeamExport export;

	private final MeetingRules rules;

	private final TeamCreation creation;

	private final Directory directory;

	StaffTeamsController(TeamList list, TeamExport export, MeetingRules rules, TeamCreation creation,
			Directory directory) {
		this.list = list;
		this.export = export;
		this.rules = rules;
		this.creation = creation;
		this.directory = directory;
	}

	@GetMapping("/staff/teams")
	String teams(@AuthenticationPrincipal SignedInUser user, @RequestParam(required = false) String region,
			@RequestParam(required = false) String county, @RequestParam(required = false) Boolean complete,
			@RequestParam(required = false) Boolean regular, @RequestParam(defaultValue = "0") int page, Model model) {
		var filter = filter(region, county, complete, regular);
		model.addAttribute("rows", list.pageVisibleTo(user, filter, PageRequest.of(Math.max(page, 0), PAGE_SIZE)));
		model.addAttribute("filter", filter);
		model.addAttribute("regions", Region.values());
		model.addAttribute("counties", directory.counties());
		model.addAttribute("rule", rules.current());
		if (!model.containsAttribute("startForm")) {
			model.addAttribute("startForm", StartTeamForm.empty());
		}
		return "teams/staff-teams";
	}

	@PostMapping("/staff/teams")
	String create(@AuthenticationPrincipal SignedInUser user, @Valid @ModelAttribute("startForm") StartTeamForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				var id = creation.create(user, form.leaCdsCode(), form.name(), null);
				redirect.addFlashAttribute("flash", "teams.created");
				return "redirect:/teams/" + id.value();
			}
			catch (TeamRuleViolation ex) {
				FormErrors.reject(result, ex);
			}
		}
		return teams(user, null, null, null, null, 0, model);
	}

	@GetMapping("/staff/teams/export.csv")
	ResponseEntity<byte[]> csv(@AuthenticationPrincipal SignedInUser user,
			@RequestParam(required = false) String region, @RequestParam(required = false) String county,
			@RequestParam(required = false) Boolean complete, @RequestParam(required = false) Boolean regular,
			Locale locale) {
		var table = export.table(list.visibleTo(user, filter(region, county, complete, regular)), locale);
		// A byte-order mark so spreadsheet programs read the file as UTF-8.
		return Downloads.csv("\uFEFF" + Spreadsheets.csv(table), "teams.csv");
	}

	@GetMapping("/staff/teams/export.xlsx")
	ResponseEntity<byte[]> xlsx(@AuthenticationPrincipal SignedInUser user,
			@RequestParam(required = false) String region, @RequestParam(required = false) String county,
			@RequestParam(required = false) Boolean complete, @RequestParam(required = false) Boolean regular,
			Locale locale) {
		var table = export.table(list.visibleTo(user, filter(region, county, complete, regular)), locale);
		return Downloads.xlsx(Spreadsheets.xlsx(table, "Teams"), "teams.xlsx");
	}

	private static TeamFilter filter(String region, String county, Boolean complete, Boolean regular) {
		return new TeamFilter(Region.parse(region).orElse(null), county == null || county.isBlank() ? null : county,
				complete, regular);
	}

}
