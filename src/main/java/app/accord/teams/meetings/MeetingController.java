package app.accord.teams.meetings;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.validation.Valid;

import app.accord.accounts.SignedInUser;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Co-leads log learning-team meetings. */
@Controller
class MeetingController {

	private final MeetingLog meetings;

	private final TeamPages pages;

	private final Clock clock;

	MeetingController(MeetingLog meetings, TeamPages pages, Clock clock) {
		this.meetings = meetings;
		this.pages = pages;
		this.clock = clock;
	}

	@GetMapping("/teams/{id}/meetings/new")
	String newMeeting(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, Model model) {
		model.addAttribute("meetingForm", MeetingForm.empty(LocalDate.now(clock)));
		return meetingPage(user, id, model);
	}

	@PostMapping("/teams/{id}/meetings")
	String addMeeting(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
			@Valid @ModelAttribute("meetingForm") MeetingForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		var page = meetingPage(user, id, model);
		return FormErrors.submit(result, TeamRuleViolation.class, () -> {
			meetings.record(id, form.details(), user);
			redirect.addFlashAttribute("flash", "teams.meeting.recorded");
			return "redirect:/teams/" + id + "#meetings";
		}, () -> page);
	}

	private String meetingPage(SignedInUser user, long id, Model model) {
		model.addAttribute("team", pages.viewForManager(id, user));
		model.addAttribute("topics", MeetingTopic.values());
		model.addAttribute("today", LocalDate.now(clock));
		return "teams/meeting-new";
	}

}
