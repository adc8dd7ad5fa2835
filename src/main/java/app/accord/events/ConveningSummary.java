package app.accord.events;

import java.time.LocalDate;

/**
 * An event as other modules see it.
 *
 * @param kind the kind's constant, e.g. {@code REGIONAL_NETWORK_CONVENING}; its label is
 * the message {@code events.kind.<kind>}
 * @param startsOn the first day in the initiative's time zone
 */
public record ConveningSummary(EventId id, String title, String kind, LocalDate startsOn, LocalDate endsOn,
		String venue, boolean published, boolean cancelled) {

	/** The event's page, relative to the application. */
	public String link() {
		return "/events/" + id.value();
	}

}
