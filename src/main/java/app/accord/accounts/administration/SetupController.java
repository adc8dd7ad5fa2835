package app.accord.accounts.administration;

import app.accord.accounts.SignedInUser;
import app.accord.accounts.signin.AccountUserDetailsService;
import app.accord.accounts.signin.SignIn;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The first-admin setup page, reached by the link printed at start-up while no staff
 * account exists.
 */
@Controller
class SetupController {

	private final FirstAdmin firstAdmin;

	private final AccountUserDetailsService users;

	private final SignIn signIn;

	SetupController(FirstAdmin firstAdmin, AccountUserDetailsService users, SignIn signIn) {
		this.firstAdmin = firstAdmin;
		this.users = users;
		this.signIn = signIn;
	}

	record SetupForm(
			@NotBlank(message = "{validation.email.required}") @Email(message = "{validation.email.invalid}") @Size(
					max = 320) String email,
			@NotBlank(message = "{validation.name.required}") @Size(max = 200) String name,
			@NotBlank(message = "{password.tooShort}") String password, String token) {
	}

	@GetMapping("/setup")
	String setupPage(@RequestParam(required = false) String token, Model model) {
		model.addAttribute("setupForm", new SetupForm("", "", "", token));
		model.addAttribute("possible", firstAdmin.setupPossible(token));
		return "accounts/setup";
	}

	@PostMapping("/setup")
	String setup(@Valid @ModelAttribute("setupForm") SetupForm form, BindingResult result, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		model.addAttribute("possible", true);
		if (result.hasErrors()) {
			return "accounts/setup";
		}
		var problem = firstAdmin.completeSetup(form.token(), form.email(), form.name(), form.password());
		if (problem.isPresent()) {
			if ("setup.linkInvalid".equals(problem.get())) {
				model.addAttribute("possible", false);
			}
			else {
				result.rejectValue("password", problem.get());
			}
			return "accounts/setup";
		}
		signIn.start((SignedInUser) users.loadUserByUsername(form.email()), request, response);
		return "redirect:/staff";
	}

}
