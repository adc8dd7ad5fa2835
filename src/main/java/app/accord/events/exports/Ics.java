package app.accord.events.exports;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * A calendar file for one event as RFC 5545 wants it: CRLF line ends, lines folded at 75
 * octets (never inside a UTF-8 character), text values escaped, times in UTC so no
 * VTIMEZONE is needed.
 */
public final class Ics {

	private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
		.withZone(ZoneOffset.UTC);

	private Ics() {
	}

	/** One calendar entry's start and end. */
	record Span(Instant start, Instant end) {
	}

	/**
	 * The entries of one event as a calendar expects them: a multi-day event is one entry
	 * per day with that day's hours, each with its own UID ({@code uid} for the first
	 * day, so a one-day event keeps the UID it always had, then {@code day-2-uid}, ...).
	 * A cancellation lists every one of them, so all of them leave the calendar.
	 * @param uid stable per event and registration, so a second file updates the entries
	 * @param location the venue and address, or the online link
	 */
	public static String event(String uid, Instant stamp, List<Span> days, String summary, String description,
			String location, String url, boolean cancelled) {
		var out = new StringBuilder();
		line(out, "BEGIN:VCALENDAR");
		line(out, "VERSION:2.0");
		line(out, "PRODID:-//Accord//Events//EN");
		line(out, "CALSCALE:GREGORIAN");
		line(out, "METHOD:" + (cancelled ? "CANCEL" : "PUBLISH"));
		for (var i = 0; i < days.size(); i++) {
			var day = days.get(i);
			line(out, "BEGIN:VEVENT");
			line(out, "UID:" + ((i == 0) ? uid : "day-" + (i + 1) + "-" + uid));
			line(out, "DTSTAMP:" + UTC.format(stamp));
			line(out, "DTSTART:" + UTC.format(day.start()));
			line(out, "DTEND:" + UTC.format(day.end()));
			line(out, "SUMMARY:"
					+ text((days.size() == 1) ? summary : "%s (%d/%d)".formatted(summary, i + 1, days.size())));
			if (description != null && !description.isBlank()) {
				line(out, "DESCRIPTION:" + text(description));
			}
			if (location != null && !location.isBlank()) {
				line(out, "LOCATION:" + text(location));
			}
			if (url != null && !url.isBlank()) {
				line(out, "URL:" + url);
			}
			line(out, "STATUS:" + (cancelled ? "CANCELLED" : "CONFIRMED"));
			line(out, "END:VEVENT");
		}
		line(out, "END:VCALENDAR");
		return out.toString();
	}

	/** A single entry from start to end. */
	public static String event(String uid, Instant stamp, Instant start, Instant end, String summary,
			String description, String location, String url, boolean cancelled) {
		return event(uid, stamp, List.of(new Span(start, end)), summary, description, location, url, cancelled);
	}

	/**
	 * The days of an event from {@code start} to {@code end} in wall-clock time: each day
	 * from the first day's starting time to the last day's ending time, converted to
	 * instants day by day so that a change to or from daylight saving time between the
	 * days keeps the local hours. An event whose ending time of day is not after its
	 * starting time (one that runs through the night) stays one entry.
	 */
	public static List<Span> days(LocalDateTime start, LocalDateTime end, ZoneId zone) {
		var first = start.toLocalDate();
		var last = end.toLocalDate();
		if (first.equals(last) || !end.toLocalTime().isAfter(start.toLocalTime())) {
			return List.of(new Span(start.atZone(zone).toInstant(), end.atZone(zone).toInstant()));
		}
		var days = new ArrayList<Span>();
		for (var day = first; !day.isAfter(last); day = day.plusDays(1)) {
			days.add(new Span(day.atTime(start.toLocalTime()).atZone(zone).toInstant(),
					day.atTime(end.toLocalTime()).atZone(zone).toInstant()));
		}
		return days;
	}

	/** Escapes a TEXT value: backslash, semicolon, comma and line breaks. */
	static String text(String value) {
		return value.replace("\\", "\\\\")
			.replace(";", "\\;")
			.replace(",", "\\,")
			.replace("\r\n", "\\n")
			.replace("\n", "\\n")
			.replace("\r", "\\n");
	}

	/**
	 * Appends one content line folded at 75 octets, continuation lines starting with a
	 * space.
	 */
	static void line(StringBuilder out, String content) {
		var limit = 75;
		var octets = 0;
		for (var i = 0; i < content.length();) {
			var codePoint = content.codePointAt(i);
			var chars = Character.charCount(codePoint);
			var size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
			if (octets + size > limit) {
				out.append("\r\n ");
				// The leading space of a continuation line counts towards its 75 octets.
				octets = 1;
			}
			out.appendCodePoint(codePoint);
			octets += size;
			i += chars;
		}
		out.append("\r\n");
	}

}
