package app.accord.events.registration;

import app.accord.events.agenda.Agenda;
import app.accord.events.catalog.EventRuleViolation;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.validation.Valid;

import app.accord.shared.NotFoundException;
import app.accord.shared.web.FormErrors;
import app.accord.teams.RoleAndSideChoices;

import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A registration's own page: name attendees (from the roster or new people), change the
 * team's size, substitute, cancel. Adding an attendee works inline with htmx (the
 * attendees section is answered) and as a plain form. Anyone with the emailed link sees
 * the registration and downloads its calendar file. {@link RegistrationPages} builds what
 * the pages show.
 */
@Controller
@RoleAndSideChoices
class RegistrationController {

	private final Registrations registrations;

	private final RegistrationPages pages;

	private final Agenda agenda;

	private final MessageSource messages;

	RegistrationController(Registrations registrations, RegistrationPages pages, Agenda agenda,
			MessageSource messages) {
		this.registrations = registrations;
		this.pages = pages;
		this.agenda = agenda;
		this.messages = messages;
	}

	@GetMapping("/events/{eventId}/registrations/{id}")
	String page(@PathVariable long eventId, @PathVariable long id, Model model) {
		return page(pages.registration(eventId, id), model);
	}

	private String page(RegistrationView view, Model model) {
		var page = pages.page(view);
		model.addAttribute("registration", page.registration());
		model.addAttribute("event", page.event());
		model.addAttribute("roster", page.roster());
		model.addAttribute("agenda", page.agenda());
		if (!model.containsAttribute("attendeeForm")) {
			model.addAttribute("attendeeForm", EventForms.AttendeeForm.empty());
		}
		if (!model.containsAttribute("substituteForm")) {
			model.addAttribute("substituteForm", EventForms.AttendeeForm.empty());
		}
		if (!model.containsAttribute("sizeForm")) {
			model.addAttribute("sizeForm", new EventForms.SizeForm(view.seats()));
		}
		return "events/registration";
	}

	@PostMapping("/events/{eventId}/registrations/{id}/attendees")
	String addAttendee(@PathVariable long eventId, @PathVariable long id,
			@Valid @ModelAttribute("attendeeForm") EventForms.AttendeeForm form, BindingResult result,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model,
			RedirectAttributes redirect) {
		// Checked before the form: someone who may not manage it learns nothing from its
		// errors.
		var view = pages.registration(eventId, id);
		return FormErrors.submit(result, EventRuleViolation.class, () -> {
			registrations.addAttendee(id, form.details());
			if (htmx != null) {
				model.addAttribute("attendeeForm", EventForms.AttendeeForm.empty());
				model.addAttribute("flash", "events.attendee.added");
				page(pages.registration(eventId, id), model);
				return "events/registration :: attendees";
			}
			redirect.addFlashAttribute("flash", "events.attendee.added");
			return "redirect:/events/" + eventId + "/registrations/" + id;
		}, () -> {
			page(view, model);
			return htmx != null ? "events/registration :: attendees" : "events/registration";
		});
	}

	/**
	 * Adds a current member of the team with what their profile says about their needs.
	 */
	@PostMapping("/events/{eventId}/registrations/{id}/attendees/from-roster")
	String addFromRoster(@PathVariable long eventId, @PathVariable long id, @RequestParam long memberId,
			RedirectAttributes redirect) {
		var details = pages.fromRoster(pages.registration(eventId, id), memberId);
		try {
			registrations.addAttendee(id, details);
			redirect.addFlashAttribute("flash", "events.attendee.added");
		}
		catch (EventRuleViolation ex) {
			redirect.addFlashAttribute("flashError", ex.messageKey());
		}
		return "redirect:/events/" + eventId + "/registrations/" + id;
	}

	@PostMapping("/events/{eventId}/registrations/{id}/attendees/{attendeeId}/substitute")
	String substitute(@PathVariable long eventId, @PathVariable long id, @PathVariable long attendeeId,
			@Valid @ModelAttribute("substituteForm") EventForms.AttendeeForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		var view = pages.registration(eventId, id);
		return FormErrors.submit(result, EventRuleViolation.class, () -> {
			registrations.substitute(id, attendeeId, form.details());
			redirect.addFlashAttribute("flash", "events.attendee.substituted");
			return "redirect:/events/" + eventId + "/registrations/" + id;
		}, () -> {
			model.addAttribute("substituting", attendeeId);
			return page(view, model);
		});
	}

	/**
	 * One select per slot, each posted as {@code sessions}; an empty one picks nothing
	 * there.
	 */
	@PostMapping("/events/{eventId}/registrations/{id}/attendees/{attendeeId}/sessions")
	String pickSessions(@PathVariable long eventId, @PathVariable long id, @PathVariable long attendeeId,
			@RequestParam(required = false) List<String> sessions, Locale locale, Model model,
			RedirectAttributes redirect) {
		var view = pages.registration(eventId, id);
		var ids = new ArrayList<Long>();
		for (var value : sessions == null ? List.<String>of() : sessions) {
			if (value != null && !value.isBlank()) {
				try {
					ids.add(Long.valueOf(value.trim()));
				}
				catch (NumberFormatException ex) {
					throw new NotFoundException("No session " + value);
				}
			}
		}
		try {
			agenda.pick(id, attendeeId, ids);
			redirect.addFlashAttribute("flash", "events.session.picked");
			return "redirect:/events/" + eventId + "/registrations/" + id + "#attendee-" + attendeeId;
		}
		catch (EventRuleViolation ex) {
			model.addAttribute("pickError", messages.getMessage(ex.messageKey(), ex.arguments(), locale));
			model.addAttribute("pickAttendee", attendeeId);
			return page(view, model);
		}
	}

	@PostMapping("/events/{eventId}/registrations/{id}/attendees/{attendeeId}/remove")
	String remove(@PathVariable long eventId, @PathVariable long id, @PathVariable long attendeeId,
			RedirectAttributes redirect) {
		pages.registration(eventId, id);
		registrations.removeAttendee(id, attendeeId);
		redirect.addFlashAttribute("flash", "events.attendee.removed");
		return "redirect:/events/" + eventId + "/registrations/" + id;
	}

	@PostMapping("/events/{eventId}/registrations/{id}/size")
	String resize(@PathVariable long eventId, @PathVariable long id,
			@Valid @ModelAttribute("sizeForm") EventForms.SizeForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		var view = pages.registration(eventId, id);
		return FormErrors.submit(result, EventRuleViolation.class, () -> {
			registrations.resize(id, form.seats());
			redirect.addFlashAttribute("flash", "events.registration.resized");
			return "redirect:/events/" + eventId + "/registrations/" + id;
		}, () -> page(view, model));
	}

	@PostMapping("/events/{eventId}/registrations/{id}/cancel")
	String cancel(@PathVariable long eventId, @PathVariable long id, RedirectAttributes redirect) {
		pages.registration(eventId, id);
		try {
			registrations.cancel(id);
			redirect.addFlashAttribute("flash", "events.registration.cancelledDone");
		}
		catch (EventRuleViolation ex) {
			redirect.addFlashAttribute("flashError", ex.messageKey());
		}
		return "redirect:/events/" + eventId + "/registrations/" + id;
	}

	@GetMapping("/events/registrations/{token}")
	String byToken(@PathVariable String token, Model model) {
		var page = pages.byToken(token);
		model.addAttribute("registration", page.registration());
		model.addAttribute("event", page.event());
		return "events/registration-link";
	}

	@GetMapping("/events/registrations/{token}/calendar.ics")
	ResponseEntity<byte[]> calendar(@PathVariable String token) {
		var file = pages.calendar(token);
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "calendar", StandardCharsets.UTF_8))
			.header("Content-Disposition", "attachment; filename=\"" + file.filename() + "\"")
			.body(file.ics().getBytes(StandardCharsets.UTF_8));
	}

}
