package app.accord.accounts.administration;

import app.accord.accounts.Role;
import app.accord.accounts.SignedInUser;
import app.accord.accounts.audit.AuditLog;
import app.accord.accounts.people.AccountView;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Staff manage people's accounts and read the audit trail.
 */
@Controller
class StaffPeopleController {

	private final AccountAdministration administration;

	private final AuditLog audit;

	private final AccountPolicy policy;

	StaffPeopleController(AccountAdministration administration, AuditLog audit, AccountPolicy policy) {
		this.administration = administration;
		this.audit = audit;
		this.policy = policy;
	}

	record InviteForm(
			@NotBlank(message = "{validation.email.required}") @Email(message = "{validation.email.invalid}") @Size(
					max = 320) String email,
			@NotBlank(message = "{validation.name.required}") @Size(max = 200) String name,
			@NotNull(message = "{validation.role.required}") Role role) {
	}

	@GetMapping("/staff/people")
	String people(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) Role role,
			@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("accounts",
				administration.search(q, role, PageRequest.of(Math.max(page, 0), 50)).map(AccountView::of));
		model.addAttribute("q", q);
		model.addAttribute("role", role);
		model.addAttribute("roles", Role.values());
		if (!model.containsAttribute("inviteForm")) {
			model.addAttribute("inviteForm", new InviteForm("", "", Role.MEMBER));
		}
		return "accounts/staff-people";
	}

	@PostMapping("/staff/people")
	String invite(@AuthenticationPrincipal SignedInUser staff, @Valid @ModelAttribute("inviteForm") InviteForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return people("", null, 0, model);
		}
		var outcome = administration.invite(form.email(), form.name(), form.role(), staff.displayName());
		redirect.addFlashAttribute("flash",
				outcome == AccountAdministration.InviteOutcome.INVITED ? "people.invited" : "people.alreadyHasAccount");
		return "redirect:/staff/people";
	}

	@GetMapping("/staff/people/{id}")
	String person(@PathVariable long id, Model model) {
		model.addAttribute("account", AccountView.of(administration.get(id)));
		model.addAttribute("roles", Role.values());
		return "accounts/staff-person";
	}

	@PostMapping("/staff/people/{id}/role")
	String changeRole(@AuthenticationPrincipal SignedInUser staff, @PathVariable long id, @RequestParam Role role,
			RedirectAttributes redirect) {
		if (!policy.mayChangeStandingOf(staff, id)) {
			redirect.addFlashAttribute("flashError", "people.cannotChangeOwnRole");
			return "redirect:/staff/people/" + id;
		}
		administration.changeRole(id, role);
		redirect.addFlashAttribute("flash", "people.roleChanged");
		return "redirect:/staff/people/" + id;
	}

	@PostMapping("/staff/people/{id}/disable")
	String disable(@AuthenticationPrincipal SignedInUser staff, @PathVariable long id, RedirectAttributes redirect) {
		if (!policy.mayChangeStandingOf(staff, id)) {
			redirect.addFlashAttribute("flashError", "people.cannotDisableSelf");
			return "redirect:/staff/people/" + id;
		}
		administration.disable(id);
		redirect.addFlashAttribute("flash", "people.disabled");
		return "redirect:/staff/people/" + id;
	}

	@PostMapping("/staff/people/{id}/enable")
	String enable(@PathVariable long id, RedirectAttributes redirect) {
		administration.enable(id);
		redirect.addFlashAttribute("flash", "people.enabled");
		return "redirect:/staff/people/" + id;
	}

	@GetMapping("/staff/audit")
	String audit(@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("entries", audit.recent(PageRequest.of(Math.max(page, 0), 100)));
		return "accounts/staff-audit";
	}

}
