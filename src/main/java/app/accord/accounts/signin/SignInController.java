package app.accord.accounts.signin;

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
 * The sign-in page (password or emailed link) and the link itself. Password sign-in is
 * processed by Spring Security at {@code POST /signin}.
 */
@Controller
class SignInController {

	private final SignInLinks links;

	private final SignIn signIn;

	SignInController(SignInLinks links, SignIn signIn) {
		this.links = links;
		this.signIn = signIn;
	}

	record LinkRequest(@NotBlank(message = "{validation.email.required}") @Email(
			message = "{validation.email.invalid}") @Size(max = 320) String email) {
	}

	@GetMapping("/signin")
	String signInPage(@RequestParam(required = false) String error, Model model) {
		model.addAttribute("linkRequest", new LinkRequest(""));
		if ("throttled".equals(error)) {
			model.addAttribute("signinError", "signin.error.throttled");
		}
		else if (error != null) {
			model.addAttribute("signinError", "signin.error.failed");
		}
		return "accounts/signin";
	}

	@PostMapping("/signin/link/request")
	String requestLink(@Valid @ModelAttribute("linkRequest") LinkRequest form, BindingResult result,
			HttpServletRequest request, Model model) {
		if (result.hasErrors()) {
			return "accounts/signin";
		}
		var refusal = switch (links.request(form.email(), request.getRemoteAddr())) {
			case ACCEPTED -> null;
			case RECENTLY_SENT -> "signin.error.linkRecent";
			case THROTTLED -> "signin.error.linkThrottled";
		};
		if (refusal != null) {
			model.addAttribute("signinError", refusal);
			return "accounts/signin";
		}
		return "redirect:/signin/link/sent";
	}

	@GetMapping("/signin/link/sent")
	String linkSent() {
		return "accounts/link-sent";
	}

	/**
	 * Shows a button rather than signing in on GET: mail scanners open links, and must
	 * not use them up.
	 */
	@GetMapping("/signin/link")
	String confirmLink(@RequestParam(required = false) String token, Model model) {
		model.addAttribute("token", token);
		model.addAttribute("valid", links.isValid(token));
		model.addAttribute("linkRequest", new LinkRequest(""));
		return "accounts/link-confirm";
	}

	@PostMapping("/signin/link")
	String useLink(@RequestParam(required = false) String token, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		var user = links.redeem(token, request.getRemoteAddr());
		if (user.isEmpty()) {
			model.addAttribute("valid", false);
			model.addAttribute("linkRequest", new LinkRequest(""));
			return "accounts/link-confirm";
		}
		signIn.start(user.get(), request, response);
		return "redirect:/account";
	}

}
