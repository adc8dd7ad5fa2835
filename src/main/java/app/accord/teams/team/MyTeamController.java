package app.accord.teams.team;

import jakarta.validation.Valid;

import app.accord.accounts.SignedInUser;
import app.accord.teams.RoleAndSideChoices;
import app.accord.shared.web.FormErrors;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Takes a signed-in person to their team, or lets them start one for their LEA.
 */
@Controller
@RoleAndSideChoices
class MyTeamController {

	private final TeamList list;

	private final TeamCreation creation;

	MyTeamController(TeamList list, TeamCreation creation) {
		this.list = list;
		this.creation = creation;
	}

	@GetMapping("/my-team")
	String myTeam(@AuthenticationPrincipal SignedInUser user, Model model) {
		var mine = list.memberOf(user);
		if (mine.size() == 1) {
			return "redirect:/teams/" + mine.get(0).id();
		}
		model.addAttribute("teams", mine);
		if (!model.containsAttribute("startForm")) {
			model.addAttribute("startForm", StartTeamForm.empty());
		}
		return "teams/my-team";
	}

	@PostMapping("/my-team")
	String start(@AuthenticationPrincipal SignedInUser user, @Valid @ModelAttribute("startForm") StartTeamForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		return FormErrors.submit(result, TeamRuleViolation.class, () -> {
			var founder = new TeamCreation.Founder(form.title(), form.role(), form.side(), form.organization());
			var id = creation.create(user, form.leaCdsCode(), form.name(), founder);
			redirect.addFlashAttribute("flash", "teams.created");
			return "redirect:/teams/" + id.value();
		}, () -> {
			model.addAttribute("teams", list.memberOf(user));
			return "teams/my-team";
		});
	}

}
