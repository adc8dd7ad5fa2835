package app.accord.events.mail;

import app.accord.events.catalog.Event;
import app.accord.events.catalog.EventTexts;
import app.accord.events.exports.Ics;
import app.accord.events.registration.Attendee;
import app.accord.events.registration.Fee;
import app.accord.events.registration.Registration;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Locale;

import app.accord.accounts.People;
import app.accord.outreach.OutgoingMail;
import app.accord.outreach.Outbox;
import app.accord.shared.QrCodes;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The emails of the events module, written to the outbox in the caller's transaction:
 * they go out if and only if the registration change is committed.
 */
@Component
public class EventMail {

	private final Outbox outbox;

	private final MessageSource messages;

	private final Clock clock;

	private final People people;

	private final String baseUrl;

	EventMail(Outbox outbox, MessageSource messages, Clock clock, People people,
			@Value("${accord.base-url}") String baseUrl) {
		this.outbox = outbox;
		this.messages = messages;
		this.clock = clock;
		this.people = people;
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
	}

	/**
	 * Confirmed seats (at once or from the waitlist): details, fee and the calendar file.
	 */
	public void confirmed(Registration registration, Event event, boolean promoted) {
		if (registration.getContactEmail() == null) {
			return;
		}
		var locale = localeOf(registration.getContactEmail());
		var subjectKey = promoted ? "events.mail.promoted.subject" : "events.mail.confirmed.subject";
		var introKey = promoted ? "events.mail.promoted.intro" : "events.mail.confirmed.intro";
		var text = msg(introKey, locale, event.getTitle(), registration.displayName()) + "\n\n" + details(event, locale)
				+ "\n\n" + fee(registration, event, locale) + "\n\n"
				+ msg("events.mail.manage", locale, registrationUrl(registration)) + "\n"
				+ msg("events.mail.calendar", locale, calendarUrl(registration));
		var mail = OutgoingMail.text(registration.getContactEmail(), msg(subjectKey, locale, event.getTitle()), text)
			.withAttachment(calendar(registration, event, false));
		outbox.enqueue(mail);
	}

	public void waitlisted(Registration registration, Event event) {
		if (registration.getContactEmail() == null) {
			return;
		}
		var locale = localeOf(registration.getContactEmail());
		var text = msg("events.mail.waitlisted.intro", locale, event.getTitle(), registration.displayName()) + "\n\n"
				+ details(event, locale) + "\n\n" + msg("events.mail.manage", locale, registrationUrl(registration));
		outbox.enqueue(OutgoingMail.text(registration.getContactEmail(),
				msg("events.mail.waitlisted.subject", locale, event.getTitle()), text));
	}

	/** The address asked to register again: what it already holds, and its links. */
	public void alreadyRegistered(Registration registration, Event event) {
		if (registration.getContactEmail() == null) {
			return;
		}
		var locale = localeOf(registration.getContactEmail());
		var status = msg("events.registration.status." + registration.getStatus(), locale);
		var text = msg("events.mail.already.intro", locale, event.getTitle(), registration.displayName(), status)
				+ "\n\n" + details(event, locale) + "\n\n" + fee(registration, event, locale) + "\n\n"
				+ msg("events.mail.manage", locale, registrationUrl(registration)) + "\n"
				+ msg("events.mail.calendar", locale, calendarUrl(registration));
		outbox.enqueue(OutgoingMail.text(registration.getContactEmail(),
				msg("events.mail.already.subject", locale, event.getTitle()), text));
	}

	public void eventCancelled(Registration registration, Event event) {
		if (registration.getContactEmail() == null) {
			return;
		}
		var locale = localeOf(registration.getContactEmail());
		var text = msg("events.mail.eventCancelled.intro", locale, event.getTitle(), registration.displayName())
				+ "\n\n" + details(event, locale);
		outbox
			.enqueue(OutgoingMail
				.text(registration.getContactEmail(),
						msg("events.mail.eventCancelled.subject", locale, event.getTitle()), text)
				.withAttachment(calendar(registration, event, true)));
	}

	public void registrationCancelled(Registration registration, Event event) {
		if (registration.getContactEmail() == null) {
			return;
		}
		var locale = localeOf(registration.getContactEmail());
		var text = msg("events.mail.registrationCancelled.intro", locale, event.getTitle(), registration.displayName());
		outbox.enqueue(OutgoingMail
			.text(registration.getContactEmail(),
					msg("events.mail.registrationCancelled.subject", locale, event.getTitle()), text)
			.withAttachment(calendar(registration, event, true)));
	}

	/**
	 * To an attendee with an email: their place, the calendar file and their check-in
	 * code.
	 */
	public void attendeeConfirmed(Attendee attendee, Registration registration, Event event) {
		if (attendee.getEmail() == null) {
			return;
		}
		var qrPng = QrCodes.png(checkInUrl(attendee), 300);
		var locale = localeOf(attendee.getEmail());
		var text = msg("events.mail.attendee.intro", locale, attendee.getName(), event.getTitle(),
				registration.displayName()) + "\n\n" + details(event, locale) + "\n\n"
				+ msg("events.mail.attendee.checkIn", locale, checkInUrl(attendee));
		var mail = OutgoingMail
			.text(attendee.getEmail(), msg("events.mail.attendee.subject", locale, event.getTitle()), text)
			.withAttachment(calendar(registration, event, false))
			.withAttachment(new OutgoingMail.Attachment("check-in.png", "image/png", qrPng));
		outbox.enqueue(mail);
	}

	void reminder(Registration registration, Event event) {
		if (registration.getContactEmail() == null) {
			return;
		}
		var locale = localeOf(registration.getContactEmail());
		var text = msg("events.mail.reminder.intro", locale, event.getTitle(), registration.displayName()) + "\n\n"
				+ details(event, locale) + "\n\n" + msg("events.mail.manage", locale, registrationUrl(registration));
		outbox.enqueue(OutgoingMail.text(registration.getContactEmail(),
				msg("events.mail.reminder.subject", locale, event.getTitle()), text));
	}

	/**
	 * An invitation to a superintendent, to forward to the board president and both union
	 * presidents.
	 */
	public void invitation(String to, String leaName, Event event, String note) {
		var locale = Locale.ENGLISH;
		var text = msg("events.mail.invitation.intro", locale, leaName, event.getTitle()) + "\n\n"
				+ details(event, locale) + "\n\n" + (note == null || note.isBlank() ? "" : note.trim() + "\n\n")
				+ msg("events.mail.invitation.register", locale, baseUrl + "/events/" + event.getId() + "/register");
		outbox.enqueue(OutgoingMail.text(to, msg("events.mail.invitation.subject", locale, event.getTitle()), text));
	}

	OutgoingMail.Attachment calendar(Registration registration, Event event, boolean cancelled) {
		return new OutgoingMail.Attachment("event-" + event.getId() + ".ics", "text/calendar; charset=UTF-8",
				ics(registration, event, cancelled).getBytes(StandardCharsets.UTF_8));
	}

	public String ics(Registration registration, Event event, boolean cancelled) {
		return Ics.event("event-" + event.getId() + "-registration-" + registration.getId() + "@accord",
				clock.instant(), Ics.days(event.getStartsAt(), event.getEndsAt(), clock.getZone()), event.getTitle(),
				event.getDescription(), EventTexts.where(event), eventUrl(event), cancelled);
	}

	String eventUrl(Event event) {
		return baseUrl + "/events/" + event.getId();
	}

	String registrationUrl(Registration registration) {
		return baseUrl + "/events/registrations/" + registration.getAccessToken();
	}

	String calendarUrl(Registration registration) {
		return baseUrl + "/events/registrations/" + registration.getAccessToken() + "/calendar.ics";
	}

	String checkInUrl(Attendee attendee) {
		return baseUrl + "/events/check-in/" + attendee.getCheckInToken();
	}

	private String details(Event event, Locale locale) {
		return msg("events.mail.details", locale, event.getTitle(), EventTexts.when(event, locale),
				EventTexts.where(event), eventUrl(event));
	}

	private String fee(Registration registration, Event event, Locale locale) {
		var fee = registration.fee(event);
		return msg("events.mail.fee", locale, fee.seats(), fee.complimentarySeats(), fee.paidSeats(),
				Fee.dollars(fee.feeCents()), Fee.dollars(fee.amountDueCents()), registration.getInvoiceNumber());
	}

	private Locale localeOf(String email) {
		return people.findByEmail(email)
			.map(p -> "es".equals(p.preferredLanguage()) ? Locale.forLanguageTag("es") : Locale.ENGLISH)
			.orElse(Locale.ENGLISH);
	}

	private String msg(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, locale);
	}

}
