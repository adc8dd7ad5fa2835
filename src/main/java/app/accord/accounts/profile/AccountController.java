package app.accord.accounts.profile;

import app.accord.accounts.SignedInUser;
import app.accord.accounts.people.AccountView;
import app.accord.accounts.tokens.ApiTokens;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A signed-in person's own account: name, language, password and API tokens.
 */
@Controller
class AccountController {

	private final AccountSelfService self;

	private final ApiTokens tokens;

	AccountController(AccountSelfService self, ApiTokens tokens) {
		this.self = self;
		this.tokens = tokens;
	}

	record ProfileForm(@NotBlank(message = "{validation.name.required}") @Size(max = 200) String displayName,
			@NotBlank @Pattern(regexp = "en|es") String language) {
	}

	record PasswordForm(String current, String replacement) {
	}

	record TokenForm(@NotBlank(message = "{token.name.required}") @Size(max = 100) String name) {
	}

	@GetMapping("/account")
	String account(@AuthenticationPrincipal SignedInUser user, Model model) {
		var account = self.account(user);
		model.addAttribute("account", AccountView.of(account));
		if (!model.containsAttribute("profileForm")) {
			model.addAttribute("profileForm",
					new ProfileForm(account.getPerson().getDisplayName(), account.getPerson().getPreferredLanguage()));
		}
		model.addAttribute("passwordForm", new PasswordForm("", ""));
		if (!model.containsAttribute("tokenForm")) {
			model.addAttribute("tokenForm", new TokenForm(""));
		}
		model.addAttribute("tokens", tokens.list(user.personId().value()));
		return "accounts/account";
	}

	@PostMapping("/account/profile")
	String updateProfile(@AuthenticationPrincipal SignedInUser user,
			@Valid @ModelAttribute("profileForm") ProfileForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return account(user, model);
		}
		self.updateProfile(user, form.displayName(), form.language());
		redirect.addFlashAttribute("flash", "account.profile.saved");
		return "redirect:/account?lang=" + form.language();
	}

	@PostMapping("/account/password")
	String changePassword(@AuthenticationPrincipal SignedInUser user, @ModelAttribute("passwordForm") PasswordForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		var problem = self.changePassword(user, form.current(), form.replacement());
		if (problem.isPresent()) {
			result.rejectValue(problem.get().equals("password.currentWrong") ? "current" : "replacement",
					problem.get());
			var view = account(user, model);
			model.addAttribute("passwordForm", new PasswordForm("", ""));
			model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "passwordForm", result);
			return view;
		}
		redirect.addFlashAttribute("flash", "account.password.saved");
		return "redirect:/account";
	}

	@PostMapping("/account/tokens")
	String createToken(@AuthenticationPrincipal SignedInUser user, @Valid @ModelAttribute("tokenForm") TokenForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return account(user, model);
		}
		redirect.addFlashAttribute("newToken", tokens.create(user.personId().value(), form.name().trim()));
		redirect.addFlashAttribute("flash", "token.created.flash");
		return "redirect:/account#tokens";
	}

	@PostMapping("/account/tokens/{id}/revoke")
	String revokeToken(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, RedirectAttributes redirect) {
		redirect.addFlashAttribute("flash",
				tokens.revoke(user.personId().value(), id) ? "token.revoked" : "token.notFound");
		return "redirect:/account#tokens";
	}

}
