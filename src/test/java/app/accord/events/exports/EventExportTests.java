package app.accord.events.exports;

import app.accord.events.EventMother;
import app.accord.events.EventTestData;
import app.accord.events.registration.AttendeeDetails;
import app.accord.events.registration.Registrations;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import app.accord.accounts.SignedInUser;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static app.accord.events.EventTestData.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Exports carry what staff need and never a live formula. */
@SpringBootTest
@AutoConfigureMockMvc
class EventExportTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	EventTestData data;

	@Autowired
	Registrations registrations;

	private long eventWithAttendees() {
		return eventWithAttendees(
				new AttendeeDetails("=HYPERLINK(\"http://evil\")", null, null, null, null, "Step-free access",
						"Vegetarian"),
				new AttendeeDetails("Zoë Łukasz 王", null, null, null, "@union", null, "vegetarian"));
	}

	private long eventWithAttendees(AttendeeDetails... attendees) {
		var event = data.save(EventMother.event().fee(5000).pastComplimentaryDeadline());
		var lead = data.person("Export Lead");
		var team = data.teamLedBy(lead);
		var registration = as(lead, () -> registrations.registerTeam(event, team, 2, List.of(), lead, null))
			.registrationId();
		for (var attendee : attendees) {
			as(lead, () -> registrations.addAttendee(registration, attendee));
		}
		return event;
	}

	private static AttendeeDetails named(String name) {
		return new AttendeeDetails(name, null, null, null, null, null, null);
	}

	@Test
	void theAttendeeListNeutralisesFormulasInCsvAndXlsx() throws Exception {
		var event = eventWithAttendees();
		var staff = data.staff();
		var csv = mvc.perform(get("/staff/events/{id}/attendees.csv", event).with(user(staff)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv).contains("\"'=HYPERLINK(\"\"http://evil\"\")\"").contains("'@union").contains("Vegetarian");
		assertThat(csv).doesNotContain(",=HYPERLINK").doesNotContain(",@union");

		var xlsx = mvc.perform(get("/staff/events/{id}/attendees.xlsx", event).with(user(staff)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		var sheet = sheet(xlsx);
		assertThat(sheet).contains(">'=HYPERLINK(\"http://evil\")<").contains(">'@union<");
	}

	@Test
	void theNeedsSummaryAndInvoicesAddUp() throws Exception {
		var event = eventWithAttendees();
		var staff = data.staff();
		var needs = mvc.perform(get("/staff/events/{id}/needs.csv", event).with(user(staff)))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(needs).contains("Step-free access").contains("Dietary needs: Vegetarian,2");
		var invoices = mvc.perform(get("/staff/events/{id}/invoices.csv", event).with(user(staff)))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(invoices).contains("EV" + event + "-0001").contains("$100.00").contains("Unpaid");
	}

	@Test
	void badgesAndSignInSheetsArePdfsWithEveryName() throws Exception {
		var event = eventWithAttendees();
		var staff = data.staff();
		for (var path : List.of("badges.pdf", "sign-in.pdf")) {
			var text = pdfText(event, path, staff);
			// A character the font cannot draw becomes "?" rather than failing.
			assertThat(text).contains("Zoë Łukasz ?").contains("HYPERLINK");
		}
	}

	@Test
	void badgesAndSignInSheetsPrintVietnamesePolishGreekAndCyrillicNamesAndCutLongOnesToFit() throws Exception {
		var names = List.of("Nguyễn Thị Ánh", "Łukasz Żółć", "Γιώργος", "Дмитрий");
		var longName = "Maximiliana Bartholomea Wojciechowska-Żółkiewska";
		var event = eventWithAttendees(named(names.get(0)), named(names.get(1)), named(names.get(2)),
				named(names.get(3)), named("王芳 😀"), named(longName));
		var staff = data.staff();
		for (var path : List.of("badges.pdf", "sign-in.pdf")) {
			var text = pdfText(event, path, staff);
			assertThat(text).as(path).contains(names).contains("?? ?").contains("Maximiliana").contains("…");
			assertThat(text).as(path).doesNotContain(longName);
		}
	}

	@Test
	void onlyStaffDownload() throws Exception {
		var event = eventWithAttendees();
		mvc.perform(get("/staff/events/{id}/attendees.csv", event).with(user(data.person("Curious"))))
			.andExpect(status().isForbidden());
	}

	private String pdfText(long event, String path, SignedInUser staff) throws Exception {
		var pdf = mvc.perform(get("/staff/events/{id}/" + path, event).with(user(staff)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (var document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document);
		}
	}

	/** Every cell's text, row by row, as a spreadsheet shows it. */
	private static String sheet(byte[] xlsx) throws Exception {
		var text = new StringBuilder();
		var formatter = new DataFormatter();
		try (var workbook = WorkbookFactory.create(new ByteArrayInputStream(xlsx))) {
			for (var row : workbook.getSheetAt(0)) {
				for (var cell : row) {
					text.append('>').append(formatter.formatCellValue(cell)).append('<');
				}
				text.append('\n');
			}
		}
		return text.toString();
	}

}
