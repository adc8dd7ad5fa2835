package app.accord.events.exports;

import app.accord.events.agenda.AgendaSessionRepository;
import app.accord.events.catalog.Event;
import app.accord.events.catalog.EventRepository;
import app.accord.events.registration.AttendeeRepository;
import app.accord.events.registration.Fee;
import app.accord.events.registration.RegistrationRepository;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import app.accord.shared.web.Dates;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What staff take away from an event: attendee list, needs summary, invoices. Each is
 * read in a fixed number of statements however many registrations the event has: the
 * registrations with their attendees in one, the attendees' session picks in one.
 */
@Service
@Transactional(readOnly = true)
class EventExports {

	private final EventRepository events;

	private final RegistrationRepository registrations;

	private final AttendeeRepository attendees;

	private final AgendaSessionRepository sessions;

	private final MessageSource messages;

	private final Dates dates;

	EventExports(EventRepository events, RegistrationRepository registrations, AttendeeRepository attendees,
			AgendaSessionRepository sessions, MessageSource messages, Dates dates) {
		this.events = events;
		this.registrations = registrations;
		this.attendees = attendees;
		this.sessions = sessions;
		this.messages = messages;
		this.dates = dates;
	}

	/** Attendees of confirmed registrations, by name, with a header row. */
	@PreAuthorize("@eventPolicy.isStaff(principal)")
	public List<List<String>> attendeeTable(long eventId, Locale locale) {
		event(eventId);
		var titles = new TreeMap<Long, String>();
		sessions.ofEvent(eventId).forEach(s -> titles.put(s.getId(), s.getTitle()));
		var names = registrationNames(eventId);
		var picks = attendees.picksByAttendee(eventId);
		var table = new ArrayList<List<String>>();
		table.add(header(locale, "events.attendee.name", "events.attendee.email", "events.registration.who",
				"events.attendee.role", "events.attendee.side", "events.attendee.organization",
				"events.attendee.accessibility", "events.attendee.dietary", "events.session.pick",
				"events.export.checkedIn", "events.export.walkIn"));
		for (var a : attendees.confirmed(eventId)) {
			table.add(List.of(a.getName(), blank(a.getEmail()), names.get(a.getRegistration().getId()),
					a.getRole() == null ? "" : msg(a.getRole().messageKey(), locale),
					a.getSide() == null ? "" : msg(a.getSide().messageKey(), locale), blank(a.getOrganization()),
					blank(a.getAccessibilityNeeds()), blank(a.getDietaryNeeds()),
					String.join("; ",
							picks.getOrDefault(a.getId(), Set.of()).stream().sorted().map(titles::get).toList()),
					a.getCheckedInAt() == null ? "" : dates.format(a.getCheckedInAt()),
					a.isWalkIn() ? msg("common.yes", locale) : ""));
		}
		return table;
	}

	/** Every attendee with a need, then how many asked for each dietary need. */
	@PreAuthorize("@eventPolicy.isStaff(principal)")
	public List<List<String>> needsTable(long eventId, Locale locale) {
		event(eventId);
		var names = registrationNames(eventId);
		var table = new ArrayList<List<String>>();
		table.add(header(locale, "events.attendee.name", "events.registration.who", "events.attendee.accessibility",
				"events.attendee.dietary"));
		Map<String, Integer> dietary = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
		var accessibility = 0;
		for (var a : attendees.confirmed(eventId)) {
			if (a.getAccessibilityNeeds() == null && a.getDietaryNeeds() == null) {
				continue;
			}
			table.add(List.of(a.getName(), names.get(a.getRegistration().getId()), blank(a.getAccessibilityNeeds()),
					blank(a.getDietaryNeeds())));
			if (a.getDietaryNeeds() != null) {
				dietary.merge(a.getDietaryNeeds().trim(), 1, Integer::sum);
			}
			if (a.getAccessibilityNeeds() != null) {
				accessibility++;
			}
		}
		table.add(List.of());
		table.add(List.of(msg("events.export.accessibilityCount", locale), String.valueOf(accessibility)));
		dietary.forEach((need, count) -> table
			.add(List.of(msg("events.attendee.dietary", locale) + ": " + need, String.valueOf(count))));
		return table;
	}

	/** One row per live registration: what it owes and where its payment stands. */
	@PreAuthorize("@eventPolicy.isStaff(principal)")
	public List<List<String>> invoiceTable(long eventId, Locale locale) {
		var event = event(eventId);
		var table = new ArrayList<List<String>>();
		table.add(header(locale, "events.fee.invoice", "events.registration.who", "events.export.contact",
				"events.event.status", "events.registration.seats", "events.fee.complimentary", "events.fee.paid",
				"events.event.fee", "events.fee.adjustment", "events.export.reason", "events.fee.due",
				"events.fee.payment", "events.export.note"));
		for (var r : registrations.withAttendeesOfEvent(eventId)) {
			if (!r.isLive()) {
				continue;
			}
			var fee = r.fee(event);
			table.add(List.of(r.getInvoiceNumber(), r.displayName(), blank(r.getContactEmail()),
					msg("events.registration.status." + r.getStatus(), locale), String.valueOf(fee.seats()),
					String.valueOf(fee.complimentarySeats()), String.valueOf(fee.paidSeats()),
					Fee.dollars(fee.feeCents()), Fee.dollars(fee.adjustmentCents()),
					blank(r.getPayment().adjustmentReason()), Fee.dollars(fee.amountDueCents()),
					msg("events.payment." + r.getPayment().status(), locale), blank(r.getPayment().note())));
		}
		return table;
	}

	/**
	 * Name badges and sign-in sheet rows: attendees of confirmed registrations, by name.
	 */
	@PreAuthorize("@eventPolicy.isStaff(principal)")
	public List<Pdfs.Person> people(long eventId, Locale locale) {
		event(eventId);
		var names = registrationNames(eventId);
		return attendees.confirmed(eventId)
			.stream()
			.map(a -> new Pdfs.Person(a.getName(), names.get(a.getRegistration().getId()),
					a.getRole() == null ? "" : msg(a.getRole().messageKey(), locale)))
			.toList();
	}

	@PreAuthorize("@eventPolicy.isStaff(principal)")
	public Event event(long eventId) {
		return events.require(eventId);
	}

	/** What each registration of the event is called, by registration id. */
	private Map<Long, String> registrationNames(long eventId) {
		var names = new HashMap<Long, String>();
		for (var registration : registrations.withAttendeesOfEvent(eventId)) {
			names.put(registration.getId(), registration.displayName());
		}
		return names;
	}

	private List<String> header(Locale locale, String... keys) {
		var header = new ArrayList<String>();
		for (var key : keys) {
			header.add(msg(key, locale));
		}
		return header;
	}

	private String msg(String key, Locale locale) {
		return messages.getMessage(key, null, locale);
	}

	private static String blank(String value) {
		return value == null ? "" : value;
	}

}
