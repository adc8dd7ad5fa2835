package app.accord.events.registration;

import app.accord.events.catalog.EventRuleViolation;

import app.accord.events.agenda.Agenda;
import app.accord.events.catalog.EventCatalog;
import app.accord.events.mail.EventMail;

import java.nio.charset.StandardCharsets;

import jakarta.validation.Valid;

import app.accord.accounts.People;
import app.accord.accounts.SignedInUser;
import app.accord.shared.NotFoundException;
import app.accord.teams.MemberRole;
import app.accord.teams.Side;
import app.accord.teams.TeamId;
import app.accord.teams.TeamMember;
import app.accord.teams.Teams;
import app.accord.shared.web.FormErrors;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
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
 * the registration and downloads its calendar file.
 */
@Controller
class RegistrationController {

	private final Registrations registrations;

	private final RegistrationQueries queries;

	private final EventCatalog catalog;

	private final EventMail mail;

	private final Teams teams;

	private final People people;

	private final Agenda agenda;

	private final org.springframework.context.MessageSource messages;

	RegistrationController(Registrations registrations, RegistrationQueries queries, EventCatalog catalog,
			EventMail mail, Teams teams, People people, Agenda agenda,
			org.springframework.context.MessageSource messages) {
		this.agenda = agenda;
		this.messages = messages;
		this.registrations = registrations;
		this.queries = queries;
		this.catalog = catalog;
		this.mail = mail;
		this.teams = teams;
		this.people = people;
	}

	@ModelAttribute("roles")
	MemberRole[] roles() {
		return MemberRole.values();
	}

	@ModelAttribute("sides")
	Side[] sides() {
		return Side.values();
	}

	@GetMapping("/events/{eventId}/registrations/{id}")
	String page(@PathVariable long eventId, @PathVariable long id, Model model) {
		var view = queries.view(id);
		requireEvent(view, eventId);
		return page(view, model);
	}

	private String page(RegistrationView view, Model model) {
		model.addAttribute("registration", view);
		model.addAttribute("event", catalog.visible(view.eventId(), true));
		model.addAttribute("roster", view.teamId() == null ? java.util.List.of() : unnamedMembers(view));
		model.addAttribute("agenda", agenda.days(view.eventId()));
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
		var view = queries.view(id);
		requireEvent(view, eventId);
		if (!result.hasErrors()) {
			try {
				registrations.addAttendee(id, form.details());
				if (htmx != null) {
					model.addAttribute("attendeeForm", EventForms.AttendeeForm.empty());
					model.addAttribute("flash", "events.attendee.added");
					page(queries.view(id), model);
					return "events/registration :: attendees";
				}
				redirect.addFlashAttribute("flash", "events.attendee.added");
				return "redirect:/events/" + eventId + "/registrations/" + id;
			}
			catch (EventRuleViolation ex) {
				FormErrors.reject(result, ex);
			}
		}
		page(view, model);
		return htmx != null ? "events/registration :: attendees" : "events/registration";
	}

	/**
	 * Adds a current member of the team with what their profile says about their needs.
	 */
	@PostMapping("/events/{eventId}/registrations/{id}/attendees/from-roster")
	String addFromRoster(@PathVariable long eventId, @PathVariable long id, @RequestParam long memberId,
			RedirectAttributes redirect) {
		var view = queries.view(id);
		requireEvent(view, eventId);
		var member = teams.currentMembers(new TeamId(view.teamId()))
			.stream()
			.filter(m -> m.memberId() == memberId)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("No member " + memberId));
		try {
			registrations.addAttendee(id, detailsOf(member));
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
		var view = queries.view(id);
		requireEvent(view, eventId);
		if (!result.hasErrors()) {
			try {
				registrations.substitute(id, attendeeId, form.details());
				redirect.addFlashAttribute("flash", "events.attendee.substituted");
				return "redirect:/events/" + eventId + "/registrations/" + id;
			}
			catch (EventRuleViolation ex) {
				FormErrors.reject(result, ex);
			}
		}
		model.addAttribute("substituting", attendeeId);
		return page(view, model);
	}

	/**
	 * One select per slot, each posted as {@code sessions}; an empty one picks nothing
	 * there.
	 */
	@PostMapping("/events/{eventId}/registrations/{id}/attendees/{attendeeId}/sessions")
	String pickSessions(@PathVariable long eventId, @PathVariable long id, @PathVariable long attendeeId,
			@RequestParam(required = false) java.util.List<String> sessions, java.util.Locale locale, Model model,
			RedirectAttributes redirect) {
		var view = queries.view(id);
		requireEvent(view, eventId);
		var ids = new java.util.ArrayList<Long>();
		for (var value : sessions == null ? java.util.List.<String>of() : sessions) {
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
		requireEvent(queries.view(id), eventId);
		registrations.removeAttendee(id, attendeeId);
		redirect.addFlashAttribute("flash", "events.attendee.removed");
		return "redirect:/events/" + eventId + "/registrations/" + id;
	}

	@PostMapping("/events/{eventId}/registrations/{id}/size")
	String resize(@PathVariable long eventId, @PathVariable long id,
			@Valid @ModelAttribute("sizeForm") EventForms.SizeForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		var view = queries.view(id);
		requireEvent(view, eventId);
		if (!result.hasErrors()) {
			try {
				registrations.resize(id, form.seats());
				redirect.addFlashAttribute("flash", "events.registration.resized");
				return "redirect:/events/" + eventId + "/registrations/" + id;
			}
			catch (EventRuleViolation ex) {
				FormErrors.reject(result, ex);
			}
		}
		return page(view, model);
	}

	@PostMapping("/events/{eventId}/registrations/{id}/cancel")
	String cancel(@PathVariable long eventId, @PathVariable long id, RedirectAttributes redirect) {
		requireEvent(queries.view(id), eventId);
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
	String byToken(@AuthenticationPrincipal SignedInUser user, @PathVariable String token, Model model) {
		var view = queries.byToken(token).orElseThrow(() -> new NotFoundException("No registration"));
		model.addAttribute("registration", view);
		model.addAttribute("event", catalog.visible(view.eventId(), true));
		return "events/registration-link";
	}

	@GetMapping("/events/registrations/{token}/calendar.ics")
	ResponseEntity<byte[]> calendar(@PathVariable String token) {
		var view = queries.byToken(token).orElseThrow(() -> new NotFoundException("No registration"));
		var event = catalog.visible(view.eventId(), true);
		var ics = queries.calendar(token, mail);
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "calendar", StandardCharsets.UTF_8))
			.header("Content-Disposition", "attachment; filename=\"event-" + event.getId() + ".ics\"")
			.body(ics.getBytes(StandardCharsets.UTF_8));
	}

	private java.util.List<TeamMember> unnamedMembers(RegistrationView view) {
		var named = view.attendees().stream().map(RegistrationView.AttendeeRow::name).toList();
		return teams.currentMembers(new TeamId(view.teamId())).stream().filter(m -> !named.contains(m.name())).toList();
	}

	private AttendeeDetails detailsOf(TeamMember member) {
		var email = member.personId() == null ? null : people.find(member.personId()).map(p -> p.email()).orElse(null);
		var needs = member.personId() == null ? null : teams.participationNeeds(member.personId()).orElse(null);
		return new AttendeeDetails(member.name(), email, member.role(), member.side(), null,
				needs == null ? null : needs.accessibilityNeeds(), needs == null ? null : needs.dietaryNeeds());
	}

	private static void requireEvent(RegistrationView view, long eventId) {
		if (view.eventId() != eventId) {
			throw new NotFoundException("No registration " + view.id() + " for event " + eventId);
		}
	}

}
