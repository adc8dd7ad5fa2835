package app.accord.teams.meetings;

import jakarta.validation.Valid;

import app.accord.shared.web.FormErrors;
import app.accord.teams.team.TeamRuleViolation;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Staff set the "meeting regularly" rule. */
@Controller
class MeetingRuleController {

	private final MeetingRules rules;

	MeetingRuleController(MeetingRules rules) {
		this.rules = rules;
	}

	@GetMapping("/staff/teams/settings")
	String settings(Model model) {
		if (!model.containsAttribute("ruleForm")) {
			var rule = rules.current();
			model.addAttribute("ruleForm", new RuleForm(rule.minMeetings(), rule.windowDays()));
		}
		return "teams/staff-settings";
	}

	@PostMapping("/staff/teams/settings")
	String saveSettings(@Valid @ModelAttribute("ruleForm") RuleForm form, BindingResult result,
			RedirectAttributes redirect) {
		return FormErrors.submit(result, TeamRuleViolation.class, () -> {
			rules.change(new MeetingRule(form.minMeetings(), form.windowDays()));
			redirect.addFlashAttribute("flash", "teams.settings.saved");
			return "redirect:/staff/teams/settings";
		}, () -> "teams/staff-settings");
	}

}
