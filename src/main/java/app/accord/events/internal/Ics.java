package app.accord.events.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * A calendar file for one event as RFC 5545 wants it: CRLF line ends, lines folded at 75
 * octets (never inside a UTF-8 character), text values escaped, times in UTC so no
 * VTIMEZONE is needed.
 */
final class Ics {

	private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
		.withZone(ZoneOffset.UTC);

	private Ics() {
	}

	/**
	 * @param uid stable per event and registration, so a second file updates the entry
	 * @param location the venue and address, or the online link
	 */
	static String event(String uid, Instant stamp, Instant start, Instant end, String summary, String description,
			String location, String url, boolean cancelled) {
		var out = new StringBuilder();
		line(out, "BEGIN:VCALENDAR");
		line(out, "VERSION:2.0");
		line(out, "PRODID:-//Accord//Events//EN");
		line(out, "CALSCALE:GREGORIAN");
		line(out, "METHOD:" + (cancelled ? "CANCEL" : "PUBLISH"));
		line(out, "BEGIN:VEVENT");
		line(out, "UID:" + uid);
		line(out, "DTSTAMP:" + UTC.format(stamp));
		line(out, "DTSTART:" + UTC.format(start));
		line(out, "DTEND:" + UTC.format(end));
		line(out, "SUMMARY:" + text(summary));
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
		line(out, "END:VCALENDAR");
		return out.toString();
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
