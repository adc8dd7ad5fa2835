package app.accord.teams.roster;

import java.nio.charset.StandardCharsets;

import app.accord.teams.team.TeamRuleViolation;

import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Staff import existing rosters from a CSV file: a preview, then the apply. */
@Controller
class RosterImportController {

	static final long MAX_IMPORT_BYTES = 2_000_000;

	private final RosterImport rosterImport;

	RosterImportController(RosterImport rosterImport) {
		this.rosterImport = rosterImport;
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
