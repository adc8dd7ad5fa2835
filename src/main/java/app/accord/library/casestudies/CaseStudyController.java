package app.accord.library.casestudies;

import app.accord.library.catalog.LibraryRuleViolation;
import app.accord.library.catalog.Visibility;

import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import app.accord.shared.validation.SensibleDate;
import app.accord.shared.web.FormErrors;
import app.accord.accounts.SignedInUser;
import app.accord.directory.Directory;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
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

/** Case studies: the list (optionally of one LEA), a page each, and staff's form. */
@Controller
class CaseStudyController {

	private final CaseStudyService caseStudies;

	private final Directory directory;

	CaseStudyController(CaseStudyService caseStudies, Directory directory) {
		this.caseStudies = caseStudies;
		this.directory = directory;
	}

	record CaseStudyForm(
			@NotBlank(message = "{library.caseStudy.lea.required}") @Pattern(regexp = "^\\d{14}$",
					message = "{library.caseStudy.lea.format}") String leaCdsCode,
			@NotBlank(message = "{library.form.title.required}") @Size(max = 300,
					message = "{library.form.tooLong}") String title,
			@Min(value = 0, message = "{library.caseStudy.students.range}") @Max(value = 10_000_000,
					message = "{library.caseStudy.students.range}") Integer studentsServed,
			@NotBlank(message = "{library.caseStudy.answer.required}") @Size(max = 8000,
					message = "{library.form.tooLong}") String whatLed,
			@NotBlank(message = "{library.caseStudy.answer.required}") @Size(max = 8000,
					message = "{library.form.tooLong}") String intoPractice,
			@NotBlank(message = "{library.caseStudy.answer.required}") @Size(max = 8000,
					message = "{library.form.tooLong}") String impact,
			@NotBlank(message = "{library.caseStudy.answer.required}") @Size(max = 8000,
					message = "{library.form.tooLong}") String challenges,
			@Size(max = 4000, message = "{library.form.tooLong}") String innovations,
			@Size(max = 4000, message = "{library.form.tooLong}") String outcomes,
			@DateTimeFormat(iso = ISO.DATE) @SensibleDate(earliestYear = SensibleDate.EARLIEST_PUBLISHED_YEAR,
					message = "{validation.date.published}") LocalDate publishedOn,
			@NotNull(message = "{library.form.visibility.required}") Visibility visibility) {

		static CaseStudyForm empty() {
			return new CaseStudyForm("", "", null, "", "", "", "", "", "", null, Visibility.PUBLIC);
		}

		static CaseStudyForm of(CaseStudy c) {
			return new CaseStudyForm(c.getLeaCdsCode(), c.getTitle(), c.getStudentsServed(), c.getWhatLed(),
					c.getIntoPractice(), c.getImpact(), c.getChallenges(), c.getInnovations(), c.getOutcomes(),
					c.getPublishedOn(), c.getVisibility());
		}

		CaseStudyDetails details() {
			return new CaseStudyDetails(leaCdsCode, title, studentsServed, whatLed, intoPractice, impact, challenges,
					innovations, outcomes, publishedOn, visibility);
		}

	}

	@GetMapping("/library/case-studies")
	String list(@AuthenticationPrincipal SignedInUser user, @RequestParam(required = false) String lea, Model model) {
		model.addAttribute("caseStudies", caseStudies.visibleTo(user, lea));
		model.addAttribute("lea", lea);
		return "library/case-studies";
	}

	@GetMapping("/library/case-studies/{id}")
	String caseStudy(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, Model model) {
		var caseStudy = caseStudies.visible(user, id);
		model.addAttribute("caseStudy", caseStudy);
		// Beside the students at the time of the study, what the CDE counts today.
		model.addAttribute("currentStudents",
				directory.findLea(caseStudy.getLeaCdsCode()).map(lea -> lea.enrollment()).orElse(null));
		return "library/case-study";
	}

	@GetMapping("/staff/library/case-studies")
	String staffList(@AuthenticationPrincipal SignedInUser user, Model model) {
		model.addAttribute("caseStudies", caseStudies.visibleTo(user, null));
		return "library/staff-case-studies";
	}

	@GetMapping("/staff/library/case-studies/new")
	String newCaseStudy(Model model) {
		model.addAttribute("caseStudyForm", CaseStudyForm.empty());
		return form(null, model);
	}

	@PostMapping("/staff/library/case-studies")
	String write(@Valid @ModelAttribute("caseStudyForm") CaseStudyForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		return FormErrors.submit(result, LibraryRuleViolation.class, () -> {
			var id = caseStudies.write(form.details());
			redirect.addFlashAttribute("flash", "library.saved");
			return "redirect:/library/case-studies/" + id;
		}, () -> form(null, model));
	}

	@GetMapping("/staff/library/case-studies/{id}/edit")
	String edit(@PathVariable long id, Model model) {
		model.addAttribute("caseStudyForm", CaseStudyForm.of(caseStudies.forEditing(id)));
		return form(id, model);
	}

	@PostMapping("/staff/library/case-studies/{id}")
	String change(@PathVariable long id, @Valid @ModelAttribute("caseStudyForm") CaseStudyForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		return FormErrors.submit(result, LibraryRuleViolation.class, () -> {
			caseStudies.change(id, form.details());
			redirect.addFlashAttribute("flash", "library.saved");
			return "redirect:/library/case-studies/" + id;
		}, () -> form(id, model));
	}

	private String form(Long id, Model model) {
		model.addAttribute("caseStudyId", id);
		model.addAttribute("visibilities", Visibility.values());
		return "library/staff-case-study";
	}

}
