package app.accord.events.catalog;

import java.time.LocalDate;
import java.time.LocalDateTime;

import app.accord.directory.Region;

/**
 * What staff say about an event when they create or edit it; checked by
 * {@link Event#apply}.
 *
 * @param region {@code null} for statewide or online events
 * @param complimentaryDeadline {@code null}: complimentary seats until registration
 * closes
 */
public record EventDetails(String title, EventKind kind, EventFormat format, Region region, String venue,
		String address, String onlineUrl, LocalDateTime startsAt, LocalDateTime endsAt, String description,
		String topics, LocalDate registrationOpensOn, LocalDate registrationClosesOn, int capacity,
		RegistrationMode mode, long feeCents, int complimentarySeats, LocalDate complimentaryDeadline,
		int reminderDaysBefore) {

	public static String trimToNull(String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}

}
