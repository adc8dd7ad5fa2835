package app.accord.directory.organizations;

import app.accord.directory.OrganizationKind;
import app.accord.shared.validation.WebAddress;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Staff keep the partner organizations networks and coaching engagements refer to. */
@Controller
class OrganizationsController {

	private final OrganizationRegistry registry;

	OrganizationsController(OrganizationRegistry registry) {
		this.registry = registry;
	}

	record OrganizationForm(@NotBlank(message = "{directory.organization.name.required}") @Size(max = 200) String name,
			@Size(max = 40) String shortName,
			@NotNull(message = "{directory.organization.kind.required}") OrganizationKind kind,
			@Size(max = 500) @WebAddress(message = "{directory.organization.website.invalid}") String website) {
	}

	@GetMapping("/staff/organizations")
	String list(Model model) {
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new OrganizationForm(null, null, null, null));
		}
		model.addAttribute("organizations", registry.list());
		model.addAttribute("kinds", OrganizationKind.values());
		return "directory/staff-organizations";
	}

	@PostMapping("/staff/organizations")
	String add(@Valid @ModelAttribute("form") OrganizationForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			try {
				registry.add(form.name(), form.shortName(), form.kind(), form.website());
				redirect.addFlashAttribute("flash", "directory.organization.added");
				return "redirect:/staff/organizations";
			}
			catch (OrganizationNameTaken ex) {
				errors.rejectValue("name", "directory.organization.name.taken");
			}
		}
		return list(model);
	}

}
