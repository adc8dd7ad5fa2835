package app.accord.networks.network;

import java.util.List;
import java.util.Locale;

import app.accord.accounts.SignedInUser;
import app.accord.directory.Organizations;
import app.accord.directory.Region;
import app.accord.networks.network.NetworkForms.CommitteeForm;
import app.accord.networks.network.NetworkForms.ConveningForm;
import app.accord.networks.network.NetworkForms.CoordinatorForm;
import app.accord.networks.network.NetworkForms.LeaveForm;
import app.accord.networks.network.NetworkForms.MemberForm;
import app.accord.networks.network.NetworkForms.NetworkForm;
import app.accord.networks.network.NetworkForms.PartnerForm;
import app.accord.networks.network.NetworkService.NetworkFilter;
import app.accord.shared.web.FormErrors;
import app.accord.teams.Side;

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
 * Network pages: the list (all networks with filters and export for staff, their own for
 * coordinators) and a network's page with its members, committee, partners and
 * convenings.
 */
@Controller
class NetworkController {

	private final NetworkService networks;

	private final NetworkListExport exports;

	private final Organizations organizations;

	private final NetworkPolicy policy;

	NetworkController(NetworkService networks, NetworkListExport exports, Organizations organizations,
			NetworkPolicy policy) {
		this.networks = networks;
		this.exports = exports;
		this.organizations = organizations;
		this.policy = policy;
	}

	@GetMapping("/networks")
	String list(@AuthenticationPrincipal SignedInUser user, @RequestParam(required = false) String region,
			@RequestParam(required = false) Integer schoolYear, @RequestParam(required = false) String q, Model model) {
		var filter = filter(region, schoolYear, q);
		model.addAttribute("networks", networks.visibleTo(user, filter));
		model.addAttribute("filter", filter);
		model.addAttribute("regions", Region.values());
		model.addAttribute("staff", policy.isStaff(user));
		return "networks/list";
	}

	@GetMapping("/networks/export")
	ResponseEntity<byte[]> exportList(@AuthenticationPrincipal SignedInUser user,
			@RequestParam(required = false) String region, @RequestParam(required = false) Integer schoolYear,
			@RequestParam(required = false) String q, @RequestParam(defaultValue = "csv") String format,
			Locale locale) {
		var table = exports.networksTable(networks.visibleTo(user, filter(region, schoolYear, q)), locale);
		return NetworkDownloads.table(table, format, "networks", "Networks");
	}

	private static NetworkFilter filter(String region, Integer schoolYear, String q) {
		return new NetworkFilter(Region.parse(region).orElse(null), schoolYear, q == null || q.isBlank() ? null : q);
	}

	@GetMapping("/networks/new")
	String newNetwork(@AuthenticationPrincipal SignedInUser user, Model model) {
		policy.requireStaff(user, "Staff create networks");
		model.addAttribute("form", new NetworkForm(null, null, null, null, null));
		model.addAttribute("regions", Region.values());
		return "networks/new";
	}

	@PostMapping("/networks")
	String create(@Valid @ModelAttribute("form") NetworkForm form, BindingResult errors, Model model) {
		return FormErrors.submit(errors, NetworkRuleViolation.class, () -> {
			var id = networks.create(form.name(), form.hubCdsCode(), form.region(), form.firstSchoolYear(),
					form.lastSchoolYear());
			return "redirect:/networks/" + id;
		}, () -> {
			model.addAttribute("regions", Region.values());
			return "networks/new";
		});
	}

	@GetMapping("/networks/{id}")
	String network(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, Model model) {
		var view = networks.view(id);
		model.addAttribute("network", view);
		model.addAttribute("linkable", networks.linkableConvenings(id));
		model.addAttribute("staff", policy.isStaff(user));
		model.addAttribute("sides", Side.values());
		model.addAttribute("partnerRoles", PartnerRole.values());
		if (policy.isStaff(user)) {
			model.addAttribute("organizations", organizations.list());
		}
		if (!model.containsAttribute("leaveForm")) {
			model.addAttribute("leaveForm", new LeaveForm(null));
		}
		for (var form : List.of("memberForm", "committeeForm", "conveningForm", "coordinatorForm", "partnerForm")) {
			if (!model.containsAttribute(form)) {
				model.addAttribute(form, switch (form) {
					case "memberForm" -> new MemberForm(null, null);
					case "committeeForm" -> new CommitteeForm(null, null, null, null, null);
					case "conveningForm" -> new ConveningForm(null);
					case "coordinatorForm" -> new CoordinatorForm(null);
					default -> new PartnerForm(null, null);
				});
			}
		}
		return "networks/network";
	}

	@PostMapping("/networks/{id}/members")
	String addMember(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
			@Valid @ModelAttribute("memberForm") MemberForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		return change(user, id, "members", "networks.member.added", errors, model, redirect, () -> {
			var others = networks.addMember(id, form.leaCdsCode(), form.joinedOn());
			if (!others.isEmpty()) {
				redirect.addFlashAttribute("alsoIn", String.join(", ", others));
			}
		});
	}

	@PostMapping("/networks/{id}/members/{memberId}/leave")
	String leave(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, @PathVariable long memberId,
			@Valid @ModelAttribute("leaveForm") LeaveForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		// Shown again with its errors, the page opens this member's leave form.
		model.addAttribute("leaveMemberId", memberId);
		return change(user, id, "members", "networks.member.leftSaved", errors, model, redirect,
				() -> networks.memberLeaves(id, memberId, form.leftOn()));
	}

	@PostMapping("/networks/{id}/committee")
	String addToCommittee(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
			@Valid @ModelAttribute("committeeForm") CommitteeForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		return change(user, id, "committee", "networks.committee.added", errors, model, redirect, () -> networks
			.addToCommittee(id, form.name(), form.email(), form.role(), form.side(), form.organization()));
	}

	@PostMapping("/networks/{id}/committee/{memberId}/remove")
	String removeFromCommittee(@PathVariable long id, @PathVariable long memberId, RedirectAttributes redirect) {
		networks.removeFromCommittee(id, memberId);
		return backTo(id, "committee", "networks.committee.removed", redirect);
	}

	@PostMapping("/networks/{id}/convenings")
	String linkConvening(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
			@Valid @ModelAttribute("conveningForm") ConveningForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		return change(user, id, "convenings", "networks.convening.linked", errors, model, redirect,
				() -> networks.linkConvening(id, form.eventId()));
	}

	@PostMapping("/networks/{id}/convenings/{eventId}/remove")
	String unlinkConvening(@PathVariable long id, @PathVariable long eventId, RedirectAttributes redirect) {
		networks.unlinkConvening(id, eventId);
		return backTo(id, "convenings", "networks.convening.unlinked", redirect);
	}

	@PostMapping("/networks/{id}/coordinators")
	String addCoordinator(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
			@Valid @ModelAttribute("coordinatorForm") CoordinatorForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		return change(user, id, "coordinators", "networks.coordinator.added", errors, model, redirect,
				() -> networks.addCoordinator(id, form.coordinatorEmail()));
	}

	@PostMapping("/networks/{id}/coordinators/{personId}/remove")
	String removeCoordinator(@PathVariable long id, @PathVariable long personId, RedirectAttributes redirect) {
		networks.removeCoordinator(id, personId);
		return backTo(id, "coordinators", "networks.coordinator.removed", redirect);
	}

	@PostMapping("/networks/{id}/partners")
	String addPartner(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
			@Valid @ModelAttribute("partnerForm") PartnerForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		return change(user, id, "partners", "networks.partner.added", errors, model, redirect,
				() -> networks.addPartner(id, form.organizationId(), form.partnerRole()));
	}

	@PostMapping("/networks/{id}/partners/{organizationId}/{role}/remove")
	String removePartner(@PathVariable long id, @PathVariable long organizationId, @PathVariable PartnerRole role,
			RedirectAttributes redirect) {
		networks.removePartner(id, organizationId, role);
		return backTo(id, "partners", "networks.partner.removed", redirect);
	}

	/**
	 * A form of one section of the network's page: when the form is valid and the change
	 * keeps the network's rules, back to that section with a message; otherwise the page
	 * again, the form showing what was typed and what is wrong.
	 */
	private String change(SignedInUser user, long id, String section, String flash, BindingResult errors, Model model,
			RedirectAttributes redirect, Runnable change) {
		return FormErrors.submit(errors, NetworkRuleViolation.class, () -> {
			change.run();
			return backTo(id, section, flash, redirect);
		}, () -> network(user, id, model));
	}

	private static String backTo(long id, String section, String flash, RedirectAttributes redirect) {
		redirect.addFlashAttribute("flash", flash);
		return "redirect:/networks/" + id + "#" + section;
	}

}
