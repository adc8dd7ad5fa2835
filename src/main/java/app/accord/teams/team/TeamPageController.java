package app.accord.teams.team;

import java.time.Clock;
import java.time.LocalDate;

import app.accord.accounts.SignedInUser;
import app.accord.teams.RoleAndSideChoices;
import app.accord.teams.roster.MemberForm;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The team page: roster (as of any day), composition, meetings, self-assessments and
 * their progress.
 */
@Controller
@RoleAndSideChoices
class TeamPageController {

	private final TeamPages pages;

	private final TeamCreation creation;

	private final Clock clock;

	TeamPageController(TeamPages pages, TeamCreation creation, Clock clock) {
		this.pages = pages;
		this.creation = creation;
		this.clock = clock;
	}

	@GetMapping("/teams/{id}")
	String team(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
			@RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate asOf, Model model) {
		var view = pages.view(id, asOf, user);
		model.addAttribute("team", view);
		if (view.canManage() && !model.containsAttribute("memberForm")) {
			model.addAttribute("memberForm", MemberForm.empty());
		}
		model.addAttribute("today", LocalDate.now(clock));
		return "teams/team";
	}

	@PostMapping("/teams/{id}/name")
	String rename(@PathVariable long id, @RequestParam(defaultValue = "") String name, RedirectAttributes redirect) {
		try {
			creation.rename(id, name);
			redirect.addFlashAttribute("flash", "teams.renamed");
		}
		catch (TeamRuleViolation ex) {
			redirect.addFlashAttribute("flashError", ex.messageKey());
		}
		return "redirect:/teams/" + id;
	}

	@PostMapping("/teams/{id}/close")
	String close(@PathVariable long id, RedirectAttributes redirect) {
		creation.close(id);
		redirect.addFlashAttribute("flash", "teams.closed");
		return "redirect:/teams/" + id;
	}

}
