package app.accord.library.staff;

import app.accord.library.catalog.LibraryRuleViolation;
import app.accord.library.catalog.Resource;
import app.accord.library.catalog.ResourceCatalog;
import app.accord.library.catalog.ResourceKind;
import app.accord.library.catalog.ResourceLanguage;
import app.accord.library.uploads.StoredFile;
import app.accord.library.catalog.TopicAdministration;
import app.accord.library.uploads.UploadRejected;
import app.accord.library.uploads.Uploads;
import app.accord.library.catalog.Visibility;

import java.io.IOException;
import java.util.Locale;

import jakarta.validation.Valid;

import app.accord.accounts.SignedInUser;

import org.springframework.http.ResponseEntity;

import app.accord.shared.web.Downloads;
import app.accord.shared.web.FormErrors;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Staff: the catalogue with indexing state and downloads, publishing and changing
 * resources, the topic list, the CSV export.
 */
@Controller
class StaffLibraryController {

	private final ResourceCatalog catalog;

	private final Uploads uploads;

	private final TopicAdministration topics;

	private final LibraryExport export;

	private final LibraryImport imports;

	StaffLibraryController(ResourceCatalog catalog, Uploads uploads, TopicAdministration topics, LibraryExport export,
			LibraryImport imports) {
		this.catalog = catalog;
		this.uploads = uploads;
		this.topics = topics;
		this.export = export;
		this.imports = imports;
	}

	@GetMapping("/staff/library")
	String list(Model model) {
		model.addAttribute("resources", catalog.catalogue());
		return "library/staff-list";
	}

	@GetMapping("/staff/library/export.csv")
	ResponseEntity<byte[]> csv(Locale locale) {
		return Downloads.csv(export.csv(catalog.catalogue(), locale), "library.csv");
	}

	@GetMapping("/staff/library/import")
	String importForm() {
		return "library/staff-import";
	}

	/** A zip with catalogue.csv and its files; the page reports what was imported. */
	@PostMapping("/staff/library/import")
	String importZip(@RequestParam(required = false) MultipartFile zip, Model model) throws IOException {
		if (zip == null || zip.isEmpty()) {
			model.addAttribute("report", LibraryImport.Report.problem("library.import.noFile"));
			return "library/staff-import";
		}
		try (var in = zip.getInputStream()) {
			model.addAttribute("report", imports.importZip(in));
		}
		return "library/staff-import";
	}

	@GetMapping("/staff/library/new")
	String newResource(Model model) {
		model.addAttribute("resourceForm", LibraryForms.ResourceForm.empty());
		return form(null, model);
	}

	@PostMapping("/staff/library")
	String publish(@AuthenticationPrincipal SignedInUser user,
			@Valid @ModelAttribute("resourceForm") LibraryForms.ResourceForm form, BindingResult result,
			@RequestParam(required = false) MultipartFile file, Model model, RedirectAttributes redirect)
			throws IOException {
		var stored = accept(file, result, model);
		if (!result.hasErrors() && !model.containsAttribute("fileError")) {
			try {
				var id = catalog.publish(form.details(), stored);
				redirect.addFlashAttribute("flash", "library.published");
				return "redirect:/library/resources/" + id;
			}
			catch (LibraryRuleViolation ex) {
				reject(result, model, ex);
			}
		}
		return form(null, model);
	}

	@GetMapping("/staff/library/{id}/edit")
	String edit(@PathVariable long id, Model model) {
		var resource = catalog.forEditing(id);
		model.addAttribute("resourceForm", LibraryForms.ResourceForm.of(resource));
		return form(resource, model);
	}

	@PostMapping("/staff/library/{id}")
	String change(@PathVariable long id, @Valid @ModelAttribute("resourceForm") LibraryForms.ResourceForm form,
			BindingResult result, @RequestParam(required = false) MultipartFile file, Model model,
			RedirectAttributes redirect) throws IOException {
		var stored = accept(file, result, model);
		if (!result.hasErrors() && !model.containsAttribute("fileError")) {
			try {
				catalog.change(id, form.details(), stored);
				redirect.addFlashAttribute("flash", "library.saved");
				return "redirect:/library/resources/" + id;
			}
			catch (LibraryRuleViolation ex) {
				reject(result, model, ex);
			}
		}
		return form(catalog.forEditing(id), model);
	}

	@PostMapping("/staff/library/{id}/delete")
	String remove(@PathVariable long id, RedirectAttributes redirect) {
		catalog.remove(id);
		redirect.addFlashAttribute("flash", "library.removed");
		return "redirect:/staff/library";
	}

	/**
	 * Checks and stores the file only when the rest of the form is valid, so a refused
	 * form never leaves a file behind; the page then asks for the file again.
	 */
	private StoredFile accept(MultipartFile file, BindingResult result, Model model) throws IOException {
		var chosen = file != null && file.getOriginalFilename() != null && !file.getOriginalFilename().isBlank();
		if (!chosen) {
			return null;
		}
		if (result.hasErrors()) {
			model.addAttribute("fileError", "library.upload.again");
			return null;
		}
		try (var in = file.getInputStream()) {
			return uploads.accept(file.getOriginalFilename(), in);
		}
		catch (UploadRejected ex) {
			model.addAttribute("fileError", ex.messageKey());
			model.addAttribute("fileErrorArgs", ex.arguments());
			return null;
		}
	}

	/** The file is no field of the form: its error is shown beside the file input. */
	private static void reject(BindingResult result, Model model, LibraryRuleViolation ex) {
		if ("file".equals(ex.field())) {
			model.addAttribute("fileError", ex.messageKey());
			model.addAttribute("fileErrorArgs", ex.arguments());
		}
		else {
			FormErrors.reject(result, ex);
		}
	}

	private String form(Resource resource, Model model) {
		model.addAttribute("resource", resource);
		model.addAttribute("kinds", ResourceKind.values());
		model.addAttribute("languages", ResourceLanguage.values());
		model.addAttribute("visibilities", Visibility.values());
		model.addAttribute("topics", topics.all());
		model.addAttribute("others",
				catalog.catalogue()
					.stream()
					.filter(other -> resource == null || !other.getId().equals(resource.getId()))
					.toList());
		model.addAttribute("maxMegabytes", uploads.maxBytes() / (1024 * 1024));
		model.addAttribute("maxBytes", uploads.maxBytes());
		return "library/staff-form";
	}

	@GetMapping("/staff/library/topics")
	String topics(Model model) {
		model.addAttribute("topicForm", LibraryForms.TopicForm.empty());
		model.addAttribute("topics", topics.all());
		return "library/staff-topics";
	}

	@PostMapping("/staff/library/topics")
	String addTopic(@Valid @ModelAttribute("topicForm") LibraryForms.TopicForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		return FormErrors.submit(result, LibraryRuleViolation.class, () -> {
			topics.add(form.nameEn(), form.nameEs());
			redirect.addFlashAttribute("flash", "library.topic.added");
			return "redirect:/staff/library/topics";
		}, () -> {
			model.addAttribute("topics", topics.all());
			return "library/staff-topics";
		});
	}

}
