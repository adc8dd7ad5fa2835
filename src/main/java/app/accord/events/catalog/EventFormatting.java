package app.accord.events.catalog;

import app.accord.events.registration.Fee;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import org.springframework.stereotype.Component;

/**
 * Event times, places and money as pages show them: {@code ${@eventFormatting.when(event,
 * #locale)}}.
 */
@Component("eventFormatting")
public class EventFormatting {

	public String when(Event event, Locale locale) {
		return EventTexts.when(event, locale);
	}

	/** A date as the language writes it: "December 3, 2026", "3 de diciembre de 2026". */
	public String date(LocalDate date, Locale locale) {
		return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(date);
	}

	/**
	 * A day with its weekday: "Thursday, December 3, 2026", "jueves, 3 de diciembre de
	 * 2026".
	 */
	public String day(LocalDate date, Locale locale) {
		return DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale).format(date);
	}

	public String where(Event event) {
		return EventTexts.where(event);
	}

	public String dollars(long cents) {
		return Fee.dollars(cents);
	}

}
