package app.accord.directory.imports;

import java.io.IOException;
import java.security.Principal;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Staff re-import LEAs from a newer file: upload, look at the preview, confirm. The file
 * waits in the database in between, so any node can show the preview or apply it.
 */
@Controller
class LeaImportController {

	private final DateTimeFormatter appliedAt;

	private final LeaImport imports;

	LeaImportController(LeaImport imports, Clock clock) {
		this.imports = imports;
		this.appliedAt = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z").withZone(clock.getZone());
	}

	@GetMapping("/staff/directory/import")
	String form(Model model) {
		model.addAttribute("form", new UploadForm(null));
		return "directory/import";
	}

	@PostMapping("/staff/directory/import")
	String upload(@Valid @ModelAttribute("form") UploadForm form, BindingResult errors, Principal principal)
			throws IOException {
		if (!errors.hasErrors() && form.file().isEmpty()) {
			errors.rejectValue("file", "directory.import.file.empty");
		}
		if (!errors.hasErrors() && form.file().getSize() > LeaImport.MAX_BYTES) {
			errors.rejectValue("file", "directory.import.file.too-large");
		}
		if (errors.hasErrors()) {
			return "directory/import";
		}
		try {
			var id = this.imports.upload(form.file().getOriginalFilename(), form.file().getBytes(),
					principal.getName());
			return "redirect:/staff/directory/import/" + id;
		}
		catch (LeaImport.InvalidUpload ex) {
			errors.rejectValue("file", ex.messageKey());
			return "directory/import";
		}
	}

	@GetMapping("/staff/directory/import/{id}")
	String preview(@PathVariable UUID id, Model model) {
		return preview(this.imports.preview(id), model);
	}

	private String preview(ImportPreview preview, Model model) {
		model.addAttribute("preview", preview);
		model.addAttribute("expectedShipped", String.join(",", LeaImport.SHIPPED_COLUMNS));
		model.addAttribute("expectedCde", String.join(", ", LeaImport.CDE_COLUMNS));
		if (preview.file().isApplied()) {
			model.addAttribute("appliedAt", this.appliedAt.format(preview.file().getAppliedAt()));
		}
		return "directory/import-preview";
	}

	@PostMapping("/staff/directory/import/{id}/apply")
	String apply(@PathVariable UUID id, Principal principal, Model model, RedirectAttributes redirect) {
		try {
			this.imports.apply(id, principal.getName());
			redirect.addFlashAttribute("flash", "directory.import.applied");
		}
		catch (LeaImport.ImportBlocked ex) {
			model.addAttribute("flashError", "directory.import.blocked");
			return preview(ex.preview(), model);
		}
		catch (ObjectOptimisticLockingFailureException | DataIntegrityViolationException ex) {
			// Someone changed the directory at the same moment; nothing was applied.
			redirect.addFlashAttribute("flashError", "directory.import.conflict");
		}
		return "redirect:/staff/directory/import/" + id;
	}

}
