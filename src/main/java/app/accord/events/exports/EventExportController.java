package app.accord.events.exports;

import app.accord.events.catalog.EventTexts;

import java.util.List;
import java.util.Locale;

import app.accord.shared.Spreadsheets;
import app.accord.shared.web.Downloads;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Staff downloads of an event: attendees, needs, invoices (CSV, XLSX), badges and sign-in
 * sheets (PDF).
 */
@Controller
class EventExportController {

	private final EventExports exports;

	private final MessageSource messages;

	EventExportController(EventExports exports, MessageSource messages) {
		this.exports = exports;
		this.messages = messages;
	}

	@GetMapping("/staff/events/{id}/attendees.csv")
	ResponseEntity<byte[]> attendeesCsv(@PathVariable long id, Locale locale) {
		return csv(exports.attendeeTable(id, locale), "attendees-" + id + ".csv");
	}

	@GetMapping("/staff/events/{id}/attendees.xlsx")
	ResponseEntity<byte[]> attendeesXlsx(@PathVariable long id, Locale locale) {
		return Downloads.xlsx(Spreadsheets.xlsx(exports.attendeeTable(id, locale), "Attendees"),
				"attendees-" + id + ".xlsx");
	}

	@GetMapping("/staff/events/{id}/needs.csv")
	ResponseEntity<byte[]> needsCsv(@PathVariable long id, Locale locale) {
		return csv(exports.needsTable(id, locale), "needs-" + id + ".csv");
	}

	@GetMapping("/staff/events/{id}/invoices.csv")
	ResponseEntity<byte[]> invoicesCsv(@PathVariable long id, Locale locale) {
		return csv(exports.invoiceTable(id, locale), "invoices-" + id + ".csv");
	}

	@GetMapping("/staff/events/{id}/invoices.xlsx")
	ResponseEntity<byte[]> invoicesXlsx(@PathVariable long id, Locale locale) {
		return Downloads.xlsx(Spreadsheets.xlsx(exports.invoiceTable(id, locale), "Invoices"),
				"invoices-" + id + ".xlsx");
	}

	@GetMapping("/staff/events/{id}/badges.pdf")
	ResponseEntity<byte[]> badges(@PathVariable long id, Locale locale) {
		var event = exports.event(id);
		return Downloads.pdf(Pdfs.badges(event.getTitle(), exports.people(id, locale)), "badges-" + id + ".pdf");
	}

	@GetMapping("/staff/events/{id}/sign-in.pdf")
	ResponseEntity<byte[]> signIn(@PathVariable long id, Locale locale) {
		var event = exports.event(id);
		List<Pdfs.Person> people = exports.people(id, locale);
		return Downloads.pdf(Pdfs.signInSheet(event.getTitle(), EventTexts.when(event, locale), people,
				messages.getMessage("events.attendee.name", null, locale),
				messages.getMessage("events.registration.who", null, locale),
				messages.getMessage("events.export.signature", null, locale)), "sign-in-" + id + ".pdf");
	}

	private static ResponseEntity<byte[]> csv(List<List<String>> table, String filename) {
		return Downloads.csv(Spreadsheets.csvWithBom(table), filename);
	}

}
