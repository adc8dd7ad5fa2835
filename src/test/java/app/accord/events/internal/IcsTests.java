package app.accord.events.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

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

}
