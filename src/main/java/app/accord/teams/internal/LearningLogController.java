package app.accord.teams.internal;

import java.util.Map;

import jakarta.validation.Valid;

import app.accord.accounts.SignedInUser;
import app.accord.shared.web.FormErrors;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Co-leads log learning-team meetings and record practice self-assessments. */
@Controller
class LearningLogController {

	private final MeetingLog meetings;

	private final SelfAssessments assessments;

	private final TeamPages pages;

	private final TeamClock clock;

	LearningLogController(MeetingLog meetings, SelfAssessments assessments, TeamPages pages, TeamClock clock) {
		this.meetings = meetings;
		this.assessments = assessments;
		this.pages = pages;
		this.clock = clock;
	}

	@GetMapping("/teams/{id}/meetings/new")
	String newMeeting(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, Model model) {
		model.addAttribute("meetingForm", TeamForms.MeetingForm.empty(clock.today()));
		return meetingPage(user, id, model);
	}

	@PostMapping("/teams/{id}/meetings")
	String addMeeting(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
			@Valid @ModelAttribute("meetingForm") TeamForms.MeetingForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		var page = meetingPage(user, id, model);
		if (!result.hasErrors()) {
			try {
				meetings.record(id, form.details(), user);
				redirect.addFlashAttribute("flash", "teams.meeting.recorded");
				return "redirect:/teams/" + id + "#meetings";
			}
			catch (TeamRuleViolation ex) {
				FormErrors.reject(result, ex);
			}
		}
		return page;
	}

	private String meetingPage(SignedInUser user, long id, Model model) {
		model.addAttribute("team", pages.viewForManager(id, user));
		model.addAttribute("topics", MeetingTopic.values());
		model.addAttribute("today", clock.today());
		return "teams/meeting-new";
	}

	@GetMapping("/teams/{id}/assessments/new")
	String newAssessment(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, Model model) {
		var page = assessmentPage(user, id, model);
		var team = (TeamView) model.getAttribute("team");
		model.addAttribute("assessmentForm", TeamForms.AssessmentForm.startingFrom(clock.today(), team.progress()));
		return page;
	}

	@PostMapping("/teams/{id}/assessments")
	String addAssessment(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
			@Valid @ModelAttribute("assessmentForm") TeamForms.AssessmentForm form, BindingResult bound, Model model,
			RedirectAttributes redirect) {
		var page = assessmentPage(user, id, model);
		var result = (bound.getTarget() != null) ? bound : keepTyped(bound, model);
		((TeamForms.AssessmentForm) result.getTarget()).rejectUnknownStages(result);
		if (!result.hasErrors()) {
			try {
				assessments.record(id, form.assessedOn(), form.ratings(), user);
				redirect.addFlashAttribute("flash", "teams.assessment.recorded");
				return "redirect:/teams/" + id + "#assessments";
			}
			catch (TeamRuleViolation ex) {
				FormErrors.reject(result, ex);
			}
		}
		return page;
	}

	/**
	 * A date that cannot be read leaves no form to show, and the practices' stages and
	 * notes, being read as a whole, would come back empty: they are put back as typed in
	 * a form of their own, with every error kept.
	 */
	@SuppressWarnings("unchecked")
	private static BindingResult keepTyped(BindingResult bound, Model model) {
		var kept = new TeamForms.AssessmentForm(null, (Map<String, String>) bound.getFieldValue("stages"),
				(Map<String, String>) bound.getFieldValue("evidence"));
		var result = new BeanPropertyBindingResult(kept, bound.getObjectName());
		result.addAllErrors(bound);
		model.addAttribute(bound.getObjectName(), kept);
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + bound.getObjectName(), result);
		return result;
	}

	private String assessmentPage(SignedInUser user, long id, Model model) {
		model.addAttribute("team", pages.viewForManager(id, user));
		model.addAttribute("practices", Practice.values());
		model.addAttribute("stages", Stage.values());
		model.addAttribute("today", clock.today());
		return "teams/assessment-new";
	}

}
