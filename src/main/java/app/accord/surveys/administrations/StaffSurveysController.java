package app.accord.surveys.administrations;

import app.accord.shared.QrCodes;
import app.accord.surveys.imports.ResponseImport;
import app.accord.surveys.instruments.Instruments;
import app.accord.surveys.instruments.ItemBank;
import app.accord.surveys.reports.Breakdown;
import app.accord.surveys.reports.ReportController;
import app.accord.surveys.reports.SurveyReports;
import app.accord.surveys.rules.SurveyRuleViolation;
import java.time.Clock;
import java.time.LocalDate;

import java.util.Locale;

import jakarta.validation.Valid;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import app.accord.networks.Networks;
import app.accord.shared.NotFoundException;
import app.accord.shared.web.FormErrors;

/**
 * Staff: instruments and the item bank, new administrations, their links and QR codes,
 * response rates, closing, and the statewide report.
 */
@Controller
class StaffSurveysController {

	private final Instruments instruments;

	private final ItemBank bank;

	private final Administrations administrations;

	private final SurveyInvitations invitations;

	private final SurveyReports reports;

	private final Clock clock;

	private final String baseUrl;

	private final org.springframework.context.MessageSource messages;

	private final ResponseImport responseImport;

	private final Networks networks;

	private final NetworkLeaLines leaLines;

	StaffSurveysController(org.springframework.context.MessageSource messages, ResponseImport responseImport,
			Instruments instruments, ItemBank bank, Administrations administrations, SurveyInvitations invitations,
			SurveyReports reports, Clock clock, @Value("${accord.base-url}") String baseUrl, Networks networks,
			NetworkLeaLines leaLines) {
		this.networks = networks;
		this.leaLines = leaLines;
		this.instruments = instruments;
		this.bank = bank;
		this.administrations = administrations;
		this.invitations = invitations;
		this.reports = reports;
		this.clock = clock;
		this.baseUrl = baseUrl;
		this.messages = messages;
		this.responseImport = responseImport;
	}

	@GetMapping("/staff/surveys")
	String home(Model model) {
		model.addAttribute("instruments", instruments.list());
		model.addAttribute("administrations", administrations.list());
		model.addAttribute("items", bank.all());
		return "surveys/staff-surveys";
	}

	@GetMapping("/staff/surveys/instruments/{id}")
	String instrument(@PathVariable long id, Model model) {
		model.addAttribute("instrument", instruments.require(id));
		return "surveys/instrument";
	}

	@GetMapping("/staff/surveys/administrations/new")
	String newAdministration(Model model) {
		if (!model.containsAttribute("form")) {
			var today = LocalDate.now(clock);
			model.addAttribute("form",
					new SurveyForms.AdministrationForm(null, "", today, today.plusWeeks(3), null, ""));
		}
		model.addAttribute("instruments", instruments.list());
		model.addAttribute("networks", networks.all());
		return "surveys/administration-new";
	}

	/**
	 * Fills the LEA lines with the chosen network's members on the opening day, each with
	 * its name as a note, for staff to type the head-counts.
	 */
	@PostMapping(path = "/staff/surveys/administrations", params = "fill")
	String fillNetwork(@ModelAttribute("form") SurveyForms.AdministrationForm form, BindingResult result, Model model) {
		// A field that cannot be read leaves no form to fill in: the page tells its error
		// with everything as typed, and the list is filled in once it is corrected.
		if (result.getTarget() == null) {
			model.addAttribute("instruments", instruments.list());
			model.addAttribute("networks", networks.all());
			return "surveys/administration-new";
		}
		leaLines.of(form.networkId(), form.opensOn())
			.ifPresentOrElse(lines -> model.addAttribute("form", form.withLeas(lines)),
					() -> result.rejectValue("networkId", "surveys.administration.networkUnknown"));
		model.addAttribute("instruments", instruments.list());
		model.addAttribute("networks", networks.all());
		return "surveys/administration-new";
	}

	@PostMapping("/staff/surveys/administrations")
	String create(@Valid @ModelAttribute("form") SurveyForms.AdministrationForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		return FormErrors.submit(result, SurveyRuleViolation.class, () -> {
			var id = administrations.create(new Administrations.AdministrationDraft(form.instrumentId(), form.title(),
					form.opensOn(), form.closesOn(), form.networkId(), form.leaDrafts()));
			redirect.addFlashAttribute("flash", "surveys.administration.created");
			return "redirect:/staff/surveys/administrations/" + id;
		}, () -> {
			model.addAttribute("instruments", instruments.list());
			model.addAttribute("networks", networks.all());
			return "surveys/administration-new";
		});
	}

	@GetMapping("/staff/surveys/administrations/{id}")
	String administration(@PathVariable long id, @RequestParam(name = "import", required = false) String importJob,
			Model model) {
		var administration = administrations.require(id);
		responseImport.job(id, importJob).ifPresent(job -> model.addAttribute("importJob", job));
		model.addAttribute("administration", administration);
		model.addAttribute("instrument", instruments.require(administration.instrumentId()));
		model.addAttribute("state", administration.state(LocalDate.now(clock)));
		model.addAttribute("responses", administrations.responsesPerLea(id));
		model.addAttribute("invited", invitations.countsPerLea(id));
		model.addAttribute("baseUrl", baseUrl);
		return "surveys/administration";
	}

	@GetMapping(value = "/staff/surveys/administrations/{id}/leas/{lea}/qr.svg", produces = "image/svg+xml")
	ResponseEntity<String> qr(@PathVariable long id, @PathVariable String lea) {
		var entry = administrations.require(id)
			.lea(lea)
			.orElseThrow(() -> new NotFoundException("LEA " + lea + " is not in administration " + id + "."));
		return ResponseEntity.ok()
			.contentType(MediaType.valueOf("image/svg+xml"))
			.cacheControl(CacheControl.noStore())
			.body(QrCodes.svg(baseUrl + "/s/" + entry.linkToken()));
	}

	@PostMapping("/staff/surveys/administrations/{id}/invitations")
	String invite(@PathVariable long id, @RequestParam String lea, @RequestParam(required = false) String emails,
			Model model, RedirectAttributes redirect, Locale locale) {
		try {
			var sent = invitations.invite(id, lea, emails, locale);
			redirect.addFlashAttribute("flash", "surveys.invitations.sent");
			return "redirect:/staff/surveys/administrations/" + id;
		}
		catch (SurveyRuleViolation ex) {
			model.addAttribute("inviteLea", lea);
			model.addAttribute("inviteEmails", emails);
			model.addAttribute("inviteError", messages.getMessage(ex.messageKey(), ex.arguments(), locale));
			return administration(id, null, model);
		}
	}

	/**
	 * Copies the upload and imports it in the background; the administration's page then
	 * shows its progress.
	 */
	@PostMapping("/staff/surveys/administrations/{id}/import")
	String importResponses(@PathVariable long id,
			@RequestParam(required = false) org.springframework.web.multipart.MultipartFile file, Model model,
			Locale locale) throws java.io.IOException {
		if (file == null || file.isEmpty()) {
			model.addAttribute("importError", messages.getMessage("surveys.import.empty", null, locale));
			return administration(id, null, model);
		}
		var copy = java.nio.file.Files.createTempFile("survey-import-", ".csv");
		try {
			file.transferTo(copy);
			var job = responseImport.start(id, copy);
			return "redirect:/staff/surveys/administrations/" + id + "?import=" + job.id();
		}
		catch (RuntimeException | java.io.IOException ex) {
			java.nio.file.Files.deleteIfExists(copy);
			throw ex;
		}
	}

	/** The progress bar of an import, polled by the page until the import is done. */
	@GetMapping("/staff/surveys/administrations/{id}/imports/{job}")
	String importProgress(@PathVariable long id, @PathVariable String job, Model model) {
		model.addAttribute("importJob", responseImport.job(id, job)
			.orElseThrow(() -> new NotFoundException("No import " + job + " of administration " + id + ".")));
		model.addAttribute("administrationId", id);
		return "surveys/administration :: import-progress";
	}

	@PostMapping("/staff/surveys/administrations/{id}/reminders")
	String remind(@PathVariable long id, RedirectAttributes redirect, Locale locale) {
		try {
			invitations.remind(id, locale);
			redirect.addFlashAttribute("flash", "surveys.reminders.sent");
		}
		catch (SurveyRuleViolation ex) {
			redirect.addFlashAttribute("flashError", ex.messageKey());
		}
		return "redirect:/staff/surveys/administrations/" + id;
	}

	@PostMapping("/staff/surveys/administrations/{id}/close")
	String close(@PathVariable long id, RedirectAttributes redirect) {
		invitations.close(id);
		redirect.addFlashAttribute("flash", "surveys.administration.closedNow");
		return "redirect:/staff/surveys/administrations/" + id;
	}

	@GetMapping("/staff/surveys/statewide")
	String statewide(@RequestParam(required = false) String lea, @RequestParam(required = false) String group,
			Model model, Locale locale) {
		var breakdown = Breakdown.parse(group).filter(b -> b != Breakdown.SITE).orElse(Breakdown.NONE);
		var report = reports.statewide(lea == null || lea.isBlank() ? null : lea.strip(), breakdown, locale);
		ReportController.addReport(model, report);
		model.addAttribute("statewide", true);
		return "surveys/report";
	}

}
