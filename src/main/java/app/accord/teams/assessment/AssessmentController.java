package app.accord.teams.assessment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import jakarta.validation.Valid;

import app.accord.accounts.SignedInUser;
import app.accord.shared.web.FormErrors;
import app.accord.teams.team.TeamPages;
import app.accord.teams.team.TeamRuleViolation;
import app.accord.teams.team.TeamView;

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

/** Co-leads record practice self-assessments. */
@Controller
class AssessmentController {

	private final SelfAssessments assessments;

	private final TeamPages pages;

	private final Clock clock;

	AssessmentController(SelfAssessments assessments, TeamPages pages, Clock clock) {
		this.assessments = assessments;
		this.pages = pages;
		this.clock = clock;
	}

	@GetMapping("/teams/{id}/assessments/new")
	String newAssessment(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, Model model) {
		var team = pages.viewForManager(id, user);
		model.addAttribute("assessmentForm", AssessmentForm.startingFrom(LocalDate.now(clock), team.progress()));
		return assessmentPage(team, model);
	}

	@PostMapping("/teams/{id}/assessments")
	String addAssessment(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
			@Valid @ModelAttribute("assessmentForm") AssessmentForm form, BindingResult bound, Model model,
			RedirectAttributes redirect) {
		var page = assessmentPage(pages.viewForManager(id, user), model);
		var result = (bound.getTarget() != null) ? bound : keepTyped(bound, model);
		((AssessmentForm) result.getTarget()).rejectUnknownStages(result);
		return FormErrors.submit(result, TeamRuleViolation.class, () -> {
			assessments.record(id, form.assessedOn(), form.ratings(), user);
			redirect.addFlashAttribute("flash", "teams.assessment.recorded");
			return "redirect:/teams/" + id + "#assessments";
		}, () -> page);
	}

	/**
	 * A date that cannot be read leaves no form to show, and the practices' stages and
	 * notes, being read as a whole, would come back empty: they are put back as typed in
	 * a form of their own, with every error kept.
	 */
	@SuppressWarnings("unchecked")
	private static BindingResult keepTyped(BindingResult bound, Model model) {
		var kept = new AssessmentForm(null, (Map<String, String>) bound.getFieldValue("stages"),
				(Map<String, String>) bound.getFieldValue("evidence"));
		var result = new BeanPropertyBindingResult(kept, bound.getObjectName());
		result.addAllErrors(bound);
		model.addAttribute(bound.getObjectName(), kept);
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + bound.getObjectName(), result);
		return result;
	}

	private String assessmentPage(TeamView team, Model model) {
		model.addAttribute("team", team);
		model.addAttribute("practices", Practice.values());
		model.addAttribute("stages", Stage.values());
		model.addAttribute("today", LocalDate.now(clock));
		return "teams/assessment-new";
	}

}
