package app.accord.events.internal;

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

	public String where(Event event) {
		return EventTexts.where(event);
	}

	public String dollars(long cents) {
		return Fee.dollars(cents);
	}

}
