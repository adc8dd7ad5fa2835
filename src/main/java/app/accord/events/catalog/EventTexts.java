package app.accord.events.catalog;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import app.accord.shared.validation.WebAddressValidator;

/** How an event's time and place read in emails and calendar files. */
public final class EventTexts {

	private EventTexts() {
	}

	public static String when(Event event, Locale locale) {
		var date = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale);
		var time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale);
		LocalDateTime start = event.getStartsAt();
		LocalDateTime end = event.getEndsAt();
		if (start.toLocalDate().equals(end.toLocalDate())) {
			return date.format(start) + ", " + time.format(start) + " – " + time.format(end);
		}
		return date.format(start) + ", " + time.format(start) + " – " + date.format(end) + ", " + time.format(end);
	}

	/** Venue and address, the online link, or both for hybrid events. */
	public static String where(Event event) {
		var parts = new java.util.ArrayList<String>();
		if (event.getVenue() != null) {
			parts.add(event.getAddress() == null ? event.getVenue() : event.getVenue() + ", " + event.getAddress());
		}
		// A link stored before web addresses were checked is printed only if it is one.
		if (event.getOnlineUrl() != null && WebAddressValidator.isWebAddress(event.getOnlineUrl())) {
			parts.add(event.getOnlineUrl());
		}
		return String.join(" / ", parts);
	}

}
