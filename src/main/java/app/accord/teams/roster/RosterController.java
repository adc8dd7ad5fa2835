package app.accord.teams.roster;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.validation.Valid;

import app.accord.accounts.SignedInUser;
import app.accord.teams.RoleAndSideChoices;
import app.accord.shared.web.FormErrors;
import app.accord.teams.team.TeamPages;
import app.accord.teams.team.TeamRuleViolation;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Co-leads keep the roster. Adding a member works inline with htmx (the roster section is
 * answered) and as a plain form.
 */
@Controller
@RoleAndSideChoices
class RosterController {

	private final Roster roster;

	private final TeamPages pages;

	private final Clock clock;

	RosterController(Roster roster, TeamPages pages, Clock clock) {
		this.roster = roster;
		this.pages = pages;
		this.clock = clock;
	}

	@GetMapping("/teams/{id}/members/new")
	String newMember(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, Model model) {
		model.addAttribute("team", pages.viewForManager(id, user));
		model.addAttribute("memberForm", MemberForm.empty());
		model.addAttribute("today", LocalDate.now(clock));
		return "teams/member-new";
	}

	@PostMapping("/teams/{id}/members")
	String addMember(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
			@Valid @ModelAttribute("memberForm") MemberForm form, BindingResult result,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model,
			RedirectAttributes redirect) {
		// Checked before the form: someone who may not manage the team learns nothing
		// from its errors.
		var team = pages.viewForManager(id, user);
		return FormErrors.submit(result, TeamRuleViolation.class, () -> {
			roster.add(id, form.details(), form.joinedOn(), user);
			if (htmx != null) {
				model.addAttribute("team", pages.view(id, null, user));
				model.addAttribute("memberForm", MemberForm.empty());
				model.addAttribute("flash", "teams.member.added");
				model.addAttribute("today", LocalDate.now(clock));
				return "teams/team :: roster";
			}
			redirect.addFlashAttribute("flash", "teams.member.added");
			return "redirect:/teams/" + id;
		}, () -> {
			model.addAttribute("team", team);
			model.addAttribute("today", LocalDate.now(clock));
			return htmx != null ? "teams/team :: roster" : "teams/member-new";
		});
	}

	@GetMapping("/teams/{id}/members/{memberId}")
	String member(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, @PathVariable long memberId,
			Model model) {
		var team = pages.viewForManager(id, user);
		var member = team.member(memberId);
		model.addAttribute("team", team);
		model.addAttribute("member", member);
		if (!model.containsAttribute("editForm")) {
			model.addAttribute("editForm",
					new MemberEditForm(member.title(), member.role(), member.side(), member.organization()));
		}
		if (!model.containsAttribute("leaveForm")) {
			model.addAttribute("leaveForm", new LeaveForm(LocalDate.now(clock)));
		}
		model.addAttribute("today", LocalDate.now(clock));
		return "teams/member";
	}

	@PostMapping("/teams/{id}/members/{memberId}")
	String update(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, @PathVariable long memberId,
			@Valid @ModelAttribute("editForm") MemberEditForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		return FormErrors.submit(result, TeamRuleViolation.class, () -> {
			roster.update(id, memberId, form.title(), form.role(), form.side(), form.organization());
			redirect.addFlashAttribute("flash", "teams.member.updated");
			return "redirect:/teams/" + id + "/members/" + memberId;
		}, () -> member(user, id, memberId, model));
	}

	@PostMapping("/teams/{id}/members/{memberId}/leave")
	String leave(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, @PathVariable long memberId,
			@Valid @ModelAttribute("leaveForm") LeaveForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		return FormErrors.submit(result, TeamRuleViolation.class, () -> {
			roster.leave(id, memberId, form.leftOn());
			redirect.addFlashAttribute("flash", "teams.member.left");
			return "redirect:/teams/" + id;
		}, () -> member(user, id, memberId, model));
	}

	@PostMapping("/teams/{id}/members/{memberId}/co-lead")
	String appoint(@PathVariable long id, @PathVariable long memberId, RedirectAttributes redirect) {
		return coLead(() -> roster.appointCoLead(id, memberId), "teams.member.coLeadAppointed", id, memberId, redirect);
	}

	@PostMapping("/teams/{id}/members/{memberId}/co-lead/relieve")
	String relieve(@PathVariable long id, @PathVariable long memberId, RedirectAttributes redirect) {
		return coLead(() -> roster.relieveCoLead(id, memberId), "teams.member.coLeadRelieved", id, memberId, redirect);
	}

	private static String coLead(Runnable change, String done, long id, long memberId, RedirectAttributes redirect) {
		try {
			change.run();
			redirect.addFlashAttribute("flash", done);
		}
		catch (TeamRuleViolation ex) {
			redirect.addFlashAttribute("flashError", ex.messageKey());
		}
		return "redirect:/teams/" + id + "/members/" + memberId;
	}

}
