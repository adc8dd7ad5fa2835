package app.accord.teams.profile;

import jakarta.validation.Valid;

import app.accord.accounts.SignedInUser;
import app.accord.shared.web.FormErrors;
import app.accord.teams.team.TeamRuleViolation;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A signed-in person keeps their own participation needs. */
@Controller
class ProfileController {

	private final MemberProfiles profiles;

	ProfileController(MemberProfiles profiles) {
		this.profiles = profiles;
	}

	@GetMapping("/my-team/profile")
	String profile(@AuthenticationPrincipal SignedInUser user, Model model) {
		var profile = profiles.mine(user);
		if (!model.containsAttribute("profileForm")) {
			model.addAttribute("profileForm",
					new ProfileForm(profile.map(MemberProfile::getLanguage).orElse(""),
							profile.map(MemberProfile::getAccessibilityNeeds).orElse(""),
							profile.map(MemberProfile::getDietaryNeeds).orElse("")));
		}
		return "teams/profile";
	}

	@PostMapping("/my-team/profile")
	String saveProfile(@AuthenticationPrincipal SignedInUser user,
			@Valid @ModelAttribute("profileForm") ProfileForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		return FormErrors.submit(result, TeamRuleViolation.class, () -> {
			profiles.change(user, form.language(), form.accessibilityNeeds(), form.dietaryNeeds());
			redirect.addFlashAttribute("flash", "teams.profile.saved");
			return "redirect:/my-team/profile";
		}, () -> {
			profiles.mine(user);
			return "teams/profile";
		});
	}

}
