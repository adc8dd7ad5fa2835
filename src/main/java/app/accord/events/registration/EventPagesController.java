package app.accord.events.registration;

import app.accord.events.catalog.EventRuleViolation;

import app.accord.events.agenda.Agenda;
import app.accord.events.catalog.Event;
import app.accord.events.catalog.EventCatalog;
import app.accord.events.catalog.EventKind;
import app.accord.events.catalog.EventPolicy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;

import jakarta.validation.Valid;

import app.accord.accounts.SignedInUser;
import app.accord.directory.Region;
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

/** The public event list and pages, and registering for an event. */
@Controller
class EventPagesController {

	private final EventCatalog catalog;

	private final Registrations registrations;

	private final RegistrationQueries queries;

	private final Clock clock;

	private final Agenda agenda;

	private final SeatQueue queue;

	private final EventPolicy policy;

	EventPagesController(EventCatalog catalog, Registrations registrations, RegistrationQueries queries, Clock clock,
			Agenda agenda, SeatQueue queue, EventPolicy policy) {
		this.policy = policy;
		this.queue = queue;
		this.catalog = catalog;
		this.registrations = registrations;
		this.queries = queries;
		this.clock = clock;
		this.agenda = agenda;
	}

	@GetMapping("/events")
	String list(@RequestParam(required = false) String when, @RequestParam(required = false) String region,
			@RequestParam(required = false) String kind, Model model) {
		var past = "past".equals(when);
		var wantedRegion = Region.parse(region).orElse(null);
		var wantedKind = Arrays.stream(EventKind.values()).filter(k -> k.name().equals(kind)).findFirst().orElse(null);
		var now = LocalDateTime.now(clock);
		List<Event> events = catalog.published()
			.stream()
			.filter(e -> e.isPast(now) == past)
			.filter(e -> wantedRegion == null || wantedRegion == e.getRegion())
			.filter(e -> wantedKind == null || wantedKind == e.getKind())
			.toList();
		if (past) {
			events = new java.util.ArrayList<>(events);
			java.util.Collections.reverse(events);
		}
		model.addAttribute("events", events);
		model.addAttribute("past", past);
		model.addAttribute("region", wantedRegion);
		model.addAttribute("kind", wantedKind);
		model.addAttribute("regions", Region.values());
		model.addAttribute("kinds", EventKind.values());
		return "events/list";
	}

	@GetMapping("/events/{id}")
	String event(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, Model model) {
		var event = catalog.visible(id, policy.isStaff(user));
		model.addAttribute("event", event);
		model.addAttribute("open", event.refusalOnRegister(LocalDate.now(clock), false) == null);
		model.addAttribute("past", event.isPast(LocalDateTime.now(clock)));
		model.addAttribute("teamChoices", queries.teamChoices(user, id));
		model.addAttribute("ownRegistration", queries.ownRegistration(user, id).orElse(null));
		model.addAttribute("agenda", agenda.days(id));
		return "events/event";
	}

	@GetMapping("/events/{id}/register")
	String register(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, Model model) {
		var event = catalog.visible(id, policy.isStaff(user));
		if (!model.containsAttribute("intentForm")) {
			var choices = queries.teamChoices(user, id);
			var first = choices.stream().filter(c -> c.registrationId() == null).findFirst();
			model.addAttribute("intentForm",
					new EventForms.IntentForm(first.map(RegistrationQueries.TeamChoice::teamId).orElse(null), 4));
		}
		if (!model.containsAttribute("personForm")) {
			model.addAttribute("personForm",
					user == null ? EventForms.AttendeeForm.empty() : EventForms.AttendeeForm.of(user));
		}
		return registerPage(user, event, model);
	}

	private String registerPage(SignedInUser user, Event event, Model model) {
		model.addAttribute("event", event);
		model.addAttribute("refusal", event.refusalOnRegister(LocalDate.now(clock), policy.isStaff(user)));
		model.addAttribute("teamChoices", queries.teamChoices(user, event.getId()));
		model.addAttribute("ownRegistration", queries.ownRegistration(user, event.getId()).orElse(null));
		model.addAttribute("signedIn", user != null);
		model.addAttribute("fee", Fee.dollars(event.getFeeCents()));
		model.addAttribute("allowance", event.complimentaryAllowanceOn(LocalDate.now(clock)));
		return "events/register";
	}

	@PostMapping("/events/{id}/register/team")
	String registerTeam(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
			@Valid @ModelAttribute("intentForm") EventForms.IntentForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		var event = catalog.visible(id, policy.isStaff(user));
		if (user == null) {
			return "redirect:/signin";
		}
		if (!result.hasErrors()) {
			try {
				var outcome = queue.enter(id, () -> registrations.registerTeam(id, form.teamId(), form.estimatedSize(),
						List.of(), user, null));
				redirect.addFlashAttribute("flash", outcome.status() == RegistrationStatus.CONFIRMED
						? "events.register.confirmed" : "events.register.waitlisted");
				return "redirect:/events/" + id + "/registrations/" + outcome.registrationId();
			}
			catch (AlreadyRegistered ex) {
				// A second click, or the other co-lead was quicker: show the registration
				// there is.
				redirect.addFlashAttribute("flash", "events.register.teamAlready");
				return "redirect:/events/" + id + "/registrations/" + ex.registrationId();
			}
			catch (EventRuleViolation ex) {
				FormErrors.reject(result, ex);
			}
		}
		model.addAttribute("personForm", EventForms.AttendeeForm.of(user));
		return registerPage(user, event, model);
	}

	/** The same answer whether the address was new or already registered. */
	@GetMapping("/events/{id}/register/sent")
	String registrationSent(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, Model model) {
		model.addAttribute("event", catalog.visible(id, policy.isStaff(user)));
		return "events/register-sent";
	}

	@PostMapping("/events/{id}/register/person")
	String registerPerson(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
			@Valid @ModelAttribute("personForm") EventForms.AttendeeForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		var event = catalog.visible(id, policy.isStaff(user));
		// Only the signed-in person registering their own address learns from the page
		// whether it was registered; anyone else is told to check that address's email.
		var ownAddress = policy.isOwnAddress(user, form.email());
		if (!result.hasErrors()) {
			try {
				var outcome = queue.enter(id, () -> registrations.registerPerson(id, form.details(), user, null));
				if (!ownAddress) {
					return "redirect:/events/" + id + "/register/sent";
				}
				redirect.addFlashAttribute("flash", outcome.status() == RegistrationStatus.CONFIRMED
						? "events.register.confirmed" : "events.register.waitlisted");
				return "redirect:/events/registrations/" + outcome.accessToken();
			}
			catch (AlreadyRegistered | AlreadyAttending ex) {
				if (!ownAddress) {
					registrations.remindRegistered(id, form.email().trim());
					return "redirect:/events/" + id + "/register/sent";
				}
				FormErrors.reject(result, ex);
			}
			catch (EventRuleViolation ex) {
				FormErrors.reject(result, ex);
			}
		}
		if (!model.containsAttribute("intentForm")) {
			model.addAttribute("intentForm", new EventForms.IntentForm(null, 4));
		}
		return registerPage(user, event, model);
	}

}
