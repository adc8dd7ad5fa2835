package app.accord.teams.internal;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import jakarta.validation.Valid;

import app.accord.accounts.SignedInUser;
import app.accord.shared.Spreadsheets;
import app.accord.directory.Directory;
import app.accord.directory.Region;
import app.accord.shared.web.FormErrors;

import org.springframework.dao.DataAccessException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Staff: every team with filters and exports, the meeting rule, roster import. */
@Controller
class StaffTeamsController {

	static final long MAX_IMPORT_BYTES = 2_000_000;

	private final TeamList list;

	private final TeamExport export;

	private final MeetingRules rules;

	private final RosterImport rosterImport;

	private final TeamCreation creation;

	private final Directory directory;

	StaffTeamsController(TeamList list, TeamExport export, MeetingRules rules, RosterImport rosterImport,
			TeamCreation creation, Directory directory) {
		this.list = list;
		this.export = export;
		this.rules = rules;
		this.rosterImport = rosterImport;
		this.creation = creation;
		this.directory = directory;
	}

	@GetMapping("/staff/teams")
	String teams(@AuthenticationPrincipal SignedInUser user, @RequestParam(required = false) String region,
			@RequestParam(required = false) String county, @RequestParam(required = false) Boolean complete,
			@RequestParam(required = false) Boolean regular, Model model) {
		var filter = filter(region, county, complete, regular);
		model.addAttribute("rows", list.visibleTo(user, filter));
		model.addAttribute("filter", filter);
		model.addAttribute("regions", Region.values());
		model.addAttribute("counties", directory.counties());
		model.addAttribute("rule", rules.current());
		if (!model.containsAttribute("startForm")) {
			model.addAttribute("startForm", TeamForms.StartTeamForm.empty());
		}
		return "teams/staff-teams";
	}

	@PostMapping("/staff/teams")
	String create(@AuthenticationPrincipal SignedInUser user,
			@Valid @ModelAttribute("startForm") TeamForms.StartTeamForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
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
		return teams(user, null, null, null, null, model);
	}

	@GetMapping("/staff/teams/export.csv")
	ResponseEntity<byte[]> csv(@AuthenticationPrincipal SignedInUser user,
			@RequestParam(required = false) String region, @RequestParam(required = false) String county,
			@RequestParam(required = false) Boolean complete, @RequestParam(required = false) Boolean regular,
			Locale locale) {
		var table = export.table(list.visibleTo(user, filter(region, county, complete, regular)), locale);
		// A byte-order mark so spreadsheet programs read the file as UTF-8.
		var body = ("\uFEFF" + Spreadsheets.csv(table)).getBytes(StandardCharsets.UTF_8);
		return download(body, "teams.csv", new MediaType("text", "csv", StandardCharsets.UTF_8));
	}

	@GetMapping("/staff/teams/export.xlsx")
	ResponseEntity<byte[]> xlsx(@AuthenticationPrincipal SignedInUser user,
			@RequestParam(required = false) String region, @RequestParam(required = false) String county,
			@RequestParam(required = false) Boolean complete, @RequestParam(required = false) Boolean regular,
			Locale locale) {
		var table = export.table(list.visibleTo(user, filter(region, county, complete, regular)), locale);
		return download(Spreadsheets.xlsx(table, "Teams"), "teams.xlsx",
				MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
	}

	private static ResponseEntity<byte[]> download(byte[] body, String filename, MediaType type) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(filename).build().toString())
			.body(body);
	}

	private static TeamFilter filter(String region, String county, Boolean complete, Boolean regular) {
		return new TeamFilter(Region.parse(region).orElse(null), county == null || county.isBlank() ? null : county,
				complete, regular);
	}

	@GetMapping("/staff/teams/settings")
	String settings(Model model) {
		if (!model.containsAttribute("ruleForm")) {
			var rule = rules.current();
			model.addAttribute("ruleForm", new TeamForms.RuleForm(rule.minMeetings(), rule.windowDays()));
		}
		return "teams/staff-settings";
	}

	@PostMapping("/staff/teams/settings")
	String saveSettings(@Valid @ModelAttribute("ruleForm") TeamForms.RuleForm form, BindingResult result,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				rules.change(new MeetingRule(form.minMeetings(), form.windowDays()));
				redirect.addFlashAttribute("flash", "teams.settings.saved");
				return "redirect:/staff/teams/settings";
			}
			catch (TeamRuleViolation ex) {
				FormErrors.reject(result, ex);
			}
		}
		return "teams/staff-settings";
	}

	@GetMapping("/staff/teams/import")
	String importPage() {
		return "teams/staff-import";
	}

	@PostMapping("/staff/teams/import")
	String preview(@RequestParam(required = false) MultipartFile file,
			@RequestParam(required = false, defaultValue = "") String csv, Model model) throws java.io.IOException {
		var text = csv;
		if (file != null && !file.isEmpty()) {
			if (file.getSize() > MAX_IMPORT_BYTES) {
				model.addAttribute("importError", "teams.import.tooLarge");
				return "teams/staff-import";
			}
			text = new String(file.getBytes(), StandardCharsets.UTF_8);
		}
		if (text.isBlank()) {
			model.addAttribute("importError", "teams.import.empty");
			return "teams/staff-import";
		}
		model.addAttribute("preview", rosterImport.preview(text));
		model.addAttribute("csv", text);
		return "teams/staff-import";
	}

	@PostMapping("/staff/teams/import/apply")
	String apply(@RequestParam(defaultValue = "") String csv, Model model, RedirectAttributes redirect) {
		try {
			var added = rosterImport.apply(csv);
			redirect.addFlashAttribute("flash", "teams.import.applied");
			redirect.addFlashAttribute("importedCount", added);
			return "redirect:/staff/teams";
		}
		catch (TeamRuleViolation | DataAccessException ex) {
			model.addAttribute("importError", "teams.import.notApplied");
			model.addAttribute("preview", rosterImport.preview(csv));
			model.addAttribute("csv", csv);
			return "teams/staff-import";
		}
	}

}
