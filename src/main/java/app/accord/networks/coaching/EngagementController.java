package app.accord.networks.coaching;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

import app.accord.accounts.SignedInUser;
import app.accord.directory.OrganizationKind;
import app.accord.directory.Organizations;
import app.accord.networks.coaching.Engagements.EngagementFilter;
import app.accord.networks.coaching.EngagementForms.ConsultantForm;
import app.accord.networks.coaching.EngagementForms.EngagementForm;
import app.accord.networks.coaching.EngagementForms.SessionForm;
import app.accord.networks.coaching.EngagementForms.StatusForm;
import app.accord.networks.network.NetworkDownloads;
import app.accord.networks.network.NetworkPolicy;
import app.accord.networks.network.NetworkRuleViolation;
import app.accord.shared.web.FormErrors;

import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
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
 * Coaching engagement pages: the list (all with filters and export for staff; one's own
 * for consultants and co-leads), an engagement with its session log, and the forms.
 */
@Controller
class EngagementController {

	private final Engagements engagements;

	private final EngagementExport exports;

	private final Organizations organizations;

	private final Clock clock;

	private final NetworkPolicy policy;

	EngagementController(Engagements engagements, EngagementExport exports, Organizations organizations, Clock clock,
			NetworkPolicy policy) {
		this.policy = policy;
		this.engagements = engagements;
		this.exports = exports;
		this.organizations = organizations;
		this.clock = clock;
	}

	@GetMapping("/engagements")
	String list(@AuthenticationPrincipal SignedInUser user, @RequestParam(required = false) String status,
			@RequestParam(required = false) Long organization, @RequestParam(required = false) String q, Model model) {
		var filter = filter(status, organization, q);
		model.addAttribute("engagements", engagements.visibleTo(user, filter));
		model.addAttribute("filter", filter);
		model.addAttribute("statuses", EngagementStatus.values());
		model.addAttribute("organizations", organizations.ofKind(OrganizationKind.CONSULTING_PARTNER));
		model.addAttribute("staff", policy.isStaff(user));
		return "networks/engagements";
	}

	@GetMapping("/engagements/export")
	ResponseEntity<byte[]> export(@AuthenticationPrincipal SignedInUser user,
			@RequestParam(required = false) String status, @RequestParam(required = false) Long organization,
			@RequestParam(required = false) String q, @RequestParam(defaultValue = "csv") String format,
			Locale locale) {
		var rows = engagements.visibleTo(user, filter(status, organization, q));
		return NetworkDownloads.table(exports.engagementsTable(rows, locale), format, "engagements", "Engagements");
	}

	private static EngagementFilter filter(String status, Long organization, String q) {
		EngagementStatus parsed = null;
		for (var s : EngagementStatus.values()) {
			if (s.name().equalsIgnoreCase(status)) {
				parsed = s;
			}
		}
		return new EngagementFilter(parsed, organization, q == null || q.isBlank() ? null : q);
	}

	@GetMapping("/engagements/new")
	String newEngagement(@AuthenticationPrincipal SignedInUser user, Model model) {
		policy.requireStaff(user, "Staff record engagements");
		model.addAttribute("form", new EngagementForm(null, null, null, null, null, null, null, null, null));
		return form(model);
	}

	private String form(Model model) {
		model.addAttribute("organizations", organizations.ofKind(OrganizationKind.CONSULTING_PARTNER));
		return "networks/engagement-new";
	}

	@PostMapping("/engagements")
	String create(@Valid @ModelAttribute("form") EngagementForm form, BindingResult errors, Model model) {
		return FormErrors.submit(errors, NetworkRuleViolation.class, () -> {
			var id = engagements.create(form.details(), form.consultantEmails());
			return "redirect:/engagements/" + id;
		}, () -> form(model));
	}

	@GetMapping("/engagements/{id}")
	String engagement(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, Model model) {
		var view = engagements.view(id);
		model.addAttribute("e", view);
		model.addAttribute("staff", policy.isStaff(user));
		model.addAttribute("canLog", policy.canLog(user, id));
		model.addAttribute("nextStatuses",
				java.util.Arrays.stream(EngagementStatus.values()).filter(view.status()::mayBecome).toList());
		if (!model.containsAttribute("sessionForm")) {
			model.addAttribute("sessionForm", new SessionForm(LocalDate.now(clock), 90, null, null, null, null, null));
		}
		if (!model.containsAttribute("consultantForm")) {
			model.addAttribute("consultantForm", new ConsultantForm(null));
		}
		return "networks/engagement";
	}

	@PostMapping("/engagements/{id}/sessions")
	String logSession(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
			@Valid @ModelAttribute("sessionForm") SessionForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		return FormErrors.submit(errors, NetworkRuleViolation.class, () -> {
			engagements.logSession(id, form.details(), user);
			redirect.addFlashAttribute("flash", "networks.session.logged");
			return "redirect:/engagements/" + id + "#sessions";
		}, () -> engagement(user, id, model));
	}

	@PostMapping("/engagements/{id}/status")
	String changeStatus(@PathVariable long id, @Valid @ModelAttribute StatusForm form, RedirectAttributes redirect) {
		try {
			engagements.changeStatus(id, form.status());
			redirect.addFlashAttribute("flash", "networks.engagement.statusChanged");
		}
		catch (NetworkRuleViolation ex) {
			redirect.addFlashAttribute("flashError", "networks.engagement.status.refused");
		}
		return "redirect:/engagements/" + id;
	}

	@PostMapping("/engagements/{id}/consultants")
	String assign(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
			@Valid @ModelAttribute("consultantForm") ConsultantForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		return FormErrors.submit(errors, NetworkRuleViolation.class, () -> {
			engagements.assign(id, form.email());
			redirect.addFlashAttribute("flash", "networks.consultant.assigned");
			return "redirect:/engagements/" + id;
		}, () -> engagement(user, id, model));
	}

	@PostMapping("/engagements/{id}/consultants/{personId}/remove")
	String unassign(@PathVariable long id, @PathVariable long personId, RedirectAttributes redirect) {
		engagements.unassign(id, personId);
		redirect.addFlashAttribute("flash", "networks.consultant.unassigned");
		return "redirect:/engagements/" + id;
	}

}
