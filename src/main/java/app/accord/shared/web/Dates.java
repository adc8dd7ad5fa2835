package app.accord.shared.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Shows moments in the initiative's time zone; templates call it as
 * {@code ${@dates.format(x)}}.
 */
@Component("dates")
public class Dates {

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final ZoneId zone;

	Dates(@Value("${accord.time-zone:America/Los_Angeles}") ZoneId zone) {
		this.zone = zone;
	}

	public ZoneId zone() {
		return zone;
	}

	/** The zone as people say it: "Pacific Time", "hora del Pacífico". */
	public String zoneName(Locale locale) {
		return zone.getDisplayName(TextStyle.FULL, locale);
	}

	public String format(Instant instant) {
		return instant == null ? "—" : DATE_TIME.format(instant.atZone(zone));
	}

}
