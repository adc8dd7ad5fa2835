package app.accord.events.editing;

import app.accord.events.agenda.Agenda;
import app.accord.events.catalog.EventCatalog;
import app.accord.events.catalog.EventFormat;
import app.accord.events.catalog.EventKind;
import app.accord.events.catalog.EventRuleViolation;
import app.accord.events.catalog.RegistrationMode;
import app.accord.events.invitations.Invitations;
import app.accord.events.registration.EventForms;
import app.accord.events.registration.RegistrationQueries;
import app.accord.events.registration.Registrations;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;

import jakarta.validation.Valid;

import app.accord.directory.Region;
import app.accord.shared.web.FormErrors;

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
 * Staff: every event, creating and editing them, publishing, cancelling, registrations
 * and payments. {@link StaffEventPage} builds an event's page.
 */
@Controller
class StaffEventsController {

	private final EventCatalog catalog;

	private final RegistrationQueries queries;

	private final Registrations registrations;

	private final Clock clock;

	private final Agenda agenda;

	private final Invitations invitations;

	private final StaffEventPage pages;

	StaffEventsController(EventCatalog catalog, RegistrationQueries queries, Registrations registrations, Clock clock,
			Agenda agenda, Invitations invitations, StaffEventPage pages) {
		this.invitations = invitations;
		this.pages = pages;
		this.catalog = catalog;
		this.queries = queries;
		this.registrations = registrations;
		this.clock = clock;
		this.agenda = agenda;
	}

	@ModelAttribute("kinds")
	EventKind[] kinds() {
		return EventKind.values();
	}

	@ModelAttribute("formats")
	EventFormat[] formats() {
		return EventFormat.values();
	}

	@ModelAttribute("modes")
	RegistrationMode[] modes() {
		return RegistrationMode.values();
	}

	@ModelAttribute("regions")
	Region[] regions() {
		return Region.values();
	}

	@GetMapping("/staff/events")
	String list(Model model) {
		model.addAttribute("events", catalog.all());
		return "events/staff-events";
	}

	@GetMapping("/staff/events/new")
	String newEvent(Model model) {
		model.addAttribute("eventForm", EventForms.EventForm.empty(LocalDate.now(clock)));
		return "events/staff-event-form";
	}

	@PostMapping("/staff/events")
	String create(@Valid @ModelAttribute("eventForm") EventForms.EventForm form, BindingResult result,
			RedirectAttributes redirect) {
		FormErrors.rejectAll(result, form.acrossFields(null, LocalDate.now(clock)));
		if (!result.hasErrors()) {
			try {
				var id = catalog.create(form.details());
				redirect.addFlashAttribute("flash", "events.event.created");
				return "redirect:/staff/events/" + id;
			}
			catch (EventRuleViolation ex) {
				FormErrors.reject(result, ex);
			}
		}
		return "events/staff-event-form";
	}

	@GetMapping("/staff/events/{id}")
	String event(@PathVariable long id, @RequestParam(defaultValue = "0") int page, Model model) {
		var view = pages.of(id, page);
		model.addAttribute("event", view.event());
		model.addAttribute("registrations", view.registrations());
		if (!model.containsAttribute("eventForm")) {
			model.addAttribute("eventForm", EventForms.EventForm.of(view.event()));
		}
		model.addAttribute("agenda", view.agenda());
		model.addAttribute("volunteers", view.volunteers());
		model.addAttribute("counties", view.counties());
		return "events/staff-event";
	}

	@PostMapping("/staff/events/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute("eventForm") EventForms.EventForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		FormErrors.rejectAll(result,
				form.acrossFields(catalog.visible(id, true).getComplimentaryDeadline(), LocalDate.now(clock)));
		if (!result.hasErrors()) {
			try {
				catalog.update(id, form.details());
				redirect.addFlashAttribute("flash", "events.event.saved");
				return "redirect:/staff/events/" + id;
			}
			catch (EventRuleViolation ex) {
				FormErrors.reject(result, ex);
			}
		}
		return event(id, 0, model);
	}

	@GetMapping("/staff/events/{id}/sessions/new")
	String newSession(@PathVariable long id, Model model) {
		var event = catalog.visible(id, true);
		model.addAttribute("event", event);
		model.addAttribute("sessionForm", EventForms.SessionForm.startingAt(event.getStartsAt()));
		return "events/staff-session-new";
	}

	@PostMapping("/staff/events/{id}/sessions")
	String addSession(@PathVariable long id, @Valid @ModelAttribute("sessionForm") EventForms.SessionForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		FormErrors.rejectAll(result, form.acrossFields());
		if (!result.hasErrors()) {
			try {
				agenda.addSession(id, form.title(), form.presenters(), form.room(), form.startsAt(), form.endsAt(),
						form.capacity());
				redirect.addFlashAttribute("flash", "events.session.added");
				return "redirect:/staff/events/" + id + "#agenda";
			}
			catch (EventRuleViolation ex) {
				FormErrors.reject(result, ex);
			}
		}
		model.addAttribute("event", catalog.visible(id, true));
		return "events/staff-session-new";
	}

	@PostMapping("/staff/events/{id}/invitations")
	String invite(@PathVariable long id, @RequestParam(required = false) String region,
			@RequestParam(required = false) String county, @RequestParam(required = false) String note,
			RedirectAttributes redirect) {
		try {
			var result = invitations.invite(id, Region.parse(region).orElse(null), county, note);
			redirect.addFlashAttribute("invitationResult", result);
		}
		catch (EventRuleViolation ex) {
			redirect.addFlashAttribute("flashError", ex.messageKey());
		}
		return "redirect:/staff/events/" + id + "#invitations";
	}

	@PostMapping("/staff/events/{id}/publish")
	String publish(@PathVariable long id, RedirectAttributes redirect) {
		try {
			catalog.publish(id);
			redirect.addFlashAttribute("flash", "events.event.published");
		}
		catch (EventRuleViolation ex) {
			redirect.addFlashAttribute("flashError", ex.messageKey());
		}
		return "redirect:/staff/events/" + id;
	}

	@PostMapping("/staff/events/{id}/cancel")
	String cancel(@PathVariable long id, RedirectAttributes redirect) {
		try {
			catalog.cancel(id);
			redirect.addFlashAttribute("flash", "events.event.cancelledDone");
		}
		catch (EventRuleViolation ex) {
			redirect.addFlashAttribute("flashError", ex.messageKey());
		}
		return "redirect:/staff/events/" + id;
	}

	/**
	 * The payment form of one registration: swapped into its row of the event page by
	 * htmx, or a page of its own without script.
	 */
	@GetMapping("/staff/events/{id}/registrations/{registrationId}/payment")
	String paymentForm(@PathVariable long id, @PathVariable long registrationId,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		model.addAttribute("event", catalog.visible(id, true));
		model.addAttribute("registration", queries.view(id, registrationId));
		return htmx != null ? "events/staff-event-payment :: form" : "events/staff-event-payment";
	}

	/** Marks paid, waives (with a reason) or adjusts the amount due (with a reason). */
	@PostMapping("/staff/events/{id}/registrations/{registrationId}/payment")
	String payment(@PathVariable long id, @PathVariable long registrationId,
			@Valid @ModelAttribute("paymentForm") EventForms.PaymentForm form, BindingResult result,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			redirect.addFlashAttribute("flashError", "events.payment.invalid");
			return backToRow(id, registrationId);
		}
		try {
			switch (form.action()) {
				case "paid" -> registrations.markPaid(registrationId, form.reason());
				case "waive" -> registrations.waive(registrationId, form.reason());
				case "adjust" -> registrations.adjust(registrationId,
						(form.adjustment() == null ? BigDecimal.ZERO : form.adjustment()).movePointRight(2)
							.longValueExact(),
						form.reason());
				default -> throw new EventRuleViolation(null, "events.payment.action.required");
			}
			redirect.addFlashAttribute("flash", "events.payment.saved");
		}
		catch (EventRuleViolation ex) {
			redirect.addFlashAttribute("flashError", ex.messageKey());
		}
		return backToRow(id, registrationId);
	}

	/** Back to the registration's row, on the page of registrations that holds it. */
	private String backToRow(long id, long registrationId) {
		var page = pages.pageHolding(id, registrationId);
		return "redirect:/staff/events/" + id + (page > 0 ? "?page=" + page : "") + "#registration-" + registrationId;
	}

}
