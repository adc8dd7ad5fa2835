package app.accord.events.exports;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The calendar file follows RFC 5545: line ends, folding, escaping, UTC times. */
class IcsTests {

	private static final String LONG_TITLE = "Summer Institute 2026: Labor, management; and the \\ students — "
			+ "a very long title that needs folding, with ñ and é";

	private final String ics = Ics.event("event-1-registration-2@accord", Instant.parse("2026-03-01T12:00:00Z"),
			Instant.parse("2026-06-23T16:00:00Z"), Instant.parse("2026-06-24T23:00:00Z"), LONG_TITLE,
			"Line one\nLine two", "Sacramento Convention Center, 1400 J St", "https://accord.example/events/1", false);

	@Test
	void everyLineEndsWithCrlfAndNoneIsLongerThan75Octets() {
		assertThat(ics).endsWith("\r\n");
		assertThat(ics.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
		for (var line : ics.split("\r\n")) {
			assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
		}
	}

	@Test
	void foldedLinesUnfoldToTheEscapedValue() {
		var unfolded = ics.replace("\r\n ", "");
		assertThat(unfolded).contains("SUMMARY:Summer Institute 2026: Labor\\, management\\; and the \\\\ students — "
				+ "a very long title that needs folding\\, with ñ and é\r\n");
		assertThat(unfolded).contains("DESCRIPTION:Line one\\nLine two\r\n");
		assertThat(unfolded).contains("LOCATION:Sacramento Convention Center\\, 1400 J St\r\n");
	}

	@Test
	void hasTheRequiredPropertiesWithTimesInUtc() {
		assertThat(ics).startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:");
		assertThat(ics).contains("UID:event-1-registration-2@accord\r\n")
			.contains("DTSTAMP:20260301T120000Z\r\n")
			.contains("DTSTART:20260623T160000Z\r\n")
			.contains("DTEND:20260624T230000Z\r\n")
			.contains("BEGIN:VEVENT\r\n")
			.contains("END:VEVENT\r\nEND:VCALENDAR\r\n");
	}

	@Test
	void foldingNeverSplitsAMultiByteCharacter() {
		var out = new StringBuilder();
		Ics.line(out, "SUMMARY:" + "é".repeat(100));
		for (var line : out.toString().split("\r\n")) {
			var bytes = line.getBytes(StandardCharsets.UTF_8);
			assertThat(bytes.length).isLessThanOrEqualTo(75);
			assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo(line);
		}
		assertThat(out.toString().replace("\r\n ", "")).isEqualTo("SUMMARY:" + "é".repeat(100) + "\r\n");
	}

	@Test
	void aCancellationSaysSo() {
		var cancelled = Ics.event("u@accord", Instant.EPOCH, Instant.EPOCH, Instant.EPOCH, "T", null, null, null, true);
		assertThat(cancelled).contains("METHOD:CANCEL\r\n").contains("STATUS:CANCELLED\r\n");
	}

	@Test
	void aMultiDayEventIsOneEntryPerDayWithThatDaysHoursInUtc() {
		var zone = ZoneId.of("America/Los_Angeles");
		// Across the end of daylight saving time: 9:00 Pacific is 16:00 UTC, then 17:00.
		var days = Ics.days(LocalDateTime.parse("2026-10-31T09:00"), LocalDateTime.parse("2026-11-02T15:00"), zone);
		var file = Ics.event("event-7-registration-3@accord", Instant.parse("2026-03-01T12:00:00Z"), days,
				"Summer Institute", null, "Sacramento", null, false);

		assertThat(file.split("BEGIN:VEVENT", -1)).hasSize(4);
		assertThat(file)
			.contains("UID:event-7-registration-3@accord\r\nDTSTAMP:20260301T120000Z\r\n"
					+ "DTSTART:20261031T160000Z\r\nDTEND:20261031T220000Z\r\nSUMMARY:Summer Institute (1/3)\r\n")
			.contains("UID:day-2-event-7-registration-3@accord\r\nDTSTAMP:20260301T120000Z\r\n"
					+ "DTSTART:20261101T170000Z\r\nDTEND:20261101T230000Z\r\nSUMMARY:Summer Institute (2/3)\r\n")
			.contains("UID:day-3-event-7-registration-3@accord\r\nDTSTAMP:20260301T120000Z\r\n"
					+ "DTSTART:20261102T170000Z\r\nDTEND:20261102T230000Z\r\n")
			.doesNotContain("DTEND:20261102T230000Z\r\nSUMMARY:Summer Institute (1/3)");
		for (var line : file.split("\r\n")) {
			assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
		}
	}

	@Test
	void aCancellationOfAMultiDayEventCancelsEveryDay() {
		var days = Ics.days(LocalDateTime.parse("2026-06-23T09:00"), LocalDateTime.parse("2026-06-25T15:00"),
				ZoneId.of("America/Los_Angeles"));
		var cancelled = Ics.event("u@accord", Instant.EPOCH, days, "T", null, null, null, true);

		assertThat(cancelled).startsWith("BEGIN:VCALENDAR").contains("METHOD:CANCEL\r\n");
		assertThat(cancelled.split("STATUS:CANCELLED\r\nEND:VEVENT", -1)).hasSize(4);
		assertThat(cancelled).contains("UID:u@accord\r\n")
			.contains("UID:day-2-u@accord\r\n")
			.contains("UID:day-3-u@accord\r\n");
	}

	@Test
	void anEventThroughTheNightStaysOneEntry() {
		var days = Ics.days(LocalDateTime.parse("2026-06-23T18:00"), LocalDateTime.parse("2026-06-24T12:00"),
				ZoneId.of("America/Los_Angeles"));
		assertThat(days).containsExactly(
				new Ics.Span(Instant.parse("2026-06-24T01:00:00Z"), Instant.parse("2026-06-24T19:00:00Z")));
	}

}
