package app.accord.events.checkin;

import app.accord.events.catalog.EventCatalog;
import app.accord.events.catalog.EventRuleViolation;
import app.accord.events.registration.EventForms;

import jakarta.validation.Valid;

import app.accord.accounts.SignedInUser;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The door: a search by name that works on a phone, the page a confirmation's QR code
 * opens, and walk-ins. Staff and the event's check-in volunteers only (the service
 * checks).
 */
@Controller
class CheckInController {

	private final CheckIn checkIn;

	private final EventCatalog catalog;

	CheckInController(CheckIn checkIn, EventCatalog catalog) {
		this.checkIn = checkIn;
		this.catalog = catalog;
	}

	@GetMapping("/events/{id}/check-in")
	String page(@PathVariable long id, @RequestParam(required = false) String q, Model model) {
		var results = checkIn.search(id, q);
		model.addAttribute("event", catalog.visible(id, true));
		model.addAttribute("q", q == null ? "" : q);
		model.addAttribute("results", results);
		model.addAttribute("counts", checkIn.counts(id));
		if (!model.containsAttribute("walkInForm")) {
			model.addAttribute("walkInForm", EventForms.AttendeeForm.empty());
		}
		return "events/check-in";
	}

	@PostMapping("/events/{id}/check-in/{attendeeId}")
	String admit(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, @PathVariable long attendeeId,
			@RequestParam(required = false, defaultValue = "") String q, RedirectAttributes redirect) {
		try {
			var arrival = checkIn.admit(id, attendeeId, user);
			redirect.addFlashAttribute("arrived", arrival.name());
		}
		catch (EventRuleViolation ex) {
			redirect.addFlashAttribute("flashError", ex.messageKey());
		}
		redirect.addAttribute("q", q);
		return "redirect:/events/" + id + "/check-in";
	}

	@PostMapping("/events/{id}/check-in/walk-ins")
	String walkIn(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
			@Valid @ModelAttribute("walkInForm") EventForms.AttendeeForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		return FormErrors.submit(result, EventRuleViolation.class, () -> {
			var arrival = checkIn.walkIn(id, form.details(), user);
			redirect.addFlashAttribute("arrived", arrival.name());
			return "redirect:/events/" + id + "/check-in";
		}, () -> page(id, null, model));
	}

	/** Where the QR code of a confirmation leads. */
	@GetMapping("/events/check-in/{token}")
	String scanned(@PathVariable String token, Model model) {
		var eventId = checkIn.eventOfToken(token);
		model.addAttribute("arrival", checkIn.byToken(eventId, token));
		model.addAttribute("event", catalog.visible(eventId, true));
		model.addAttribute("token", token);
		return "events/check-in-scan";
	}

	@PostMapping("/events/check-in/{token}")
	String admitScanned(@AuthenticationPrincipal SignedInUser user, @PathVariable String token,
			RedirectAttributes redirect) {
		var eventId = checkIn.eventOfToken(token);
		var arrival = checkIn.byToken(eventId, token);
		try {
			checkIn.admit(eventId, arrival.id(), user);
			redirect.addFlashAttribute("arrived", arrival.name());
		}
		catch (EventRuleViolation ex) {
			redirect.addFlashAttribute("flashError", ex.messageKey());
		}
		return "redirect:/events/check-in/" + token;
	}

	@PostMapping("/staff/events/{id}/volunteers")
	String addVolunteer(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
			@RequestParam(defaultValue = "") String email, @RequestParam(defaultValue = "") String name,
			RedirectAttributes redirect) {
		try {
			checkIn.addVolunteer(id, email, name, user);
			redirect.addFlashAttribute("flash", "events.checkIn.volunteerAdded");
		}
		catch (EventRuleViolation ex) {
			redirect.addFlashAttribute("flashError", ex.messageKey());
		}
		return "redirect:/staff/events/" + id + "#volunteers";
	}

}
