package app.accord.teams.team;

import jakarta.validation.Valid;

import app.accord.accounts.SignedInUser;
import app.accord.teams.MemberRole;
import app.accord.teams.Side;
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
		return startPage(model);
	}

	@PostMapping("/my-team")
	String start(@AuthenticationPrincipal SignedInUser user, @Valid @ModelAttribute("startForm") StartTeamForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				var founder = new TeamCreation.Founder(form.title(), form.role(), form.side(), form.organization());
				var id = creation.create(user, form.leaCdsCode(), form.name(), founder);
				redirect.addFlashAttribute("flash", "teams.created");
				return "redirect:/teams/" + id.value();
			}
			catch (TeamRuleViolation ex) {
				FormErrors.reject(result, ex);
			}
		}
		model.addAttribute("teams", list.memberOf(user));
		return startPage(model);
	}

	private static String startPage(Model model) {
		model.addAttribute("roles", MemberRole.values());
		model.addAttribute("sides", Side.values());
		return "teams/my-team";
	}

}
