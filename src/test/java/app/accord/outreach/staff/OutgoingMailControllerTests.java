package app.accord.outreach.staff;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import app.accord.outreach.Outbox;
import app.accord.outreach.OutgoingMail;
import app.accord.outreach.delivery.DeliveryWorker;
import app.accord.shared.NotFoundException;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
class OutgoingMailControllerTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Outbox outbox;

	@Autowired
	DeliveryWorker worker;

	@Autowired
	MailQueries queries;

	@Autowired
	JdbcClient jdbc;

	@Test
	@WithMockUser(roles = "STAFF")
	void keptMessagesAreListedForStaffWithABannerThatNothingIsSent() throws Exception {
		var to = recipient();
		outbox.enqueue(OutgoingMail.text(to, "Your sign-in link", "Sign in: https://accord.example/signin?token=abc"));
		deliver();

		mvc.perform(get("/staff/mail").param("recipient", to.toUpperCase()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Outgoing mail"), containsString("Your sign-in link"),
					containsString(to), containsString("Kept here"), containsString("No mail server is configured"))));
	}

	@Test
	@WithMockUser(roles = "STAFF")
	void theListCanBeFilteredByStatus() throws Exception {
		var to = recipient();
		outbox.enqueue(OutgoingMail.text(to, "Still waiting", "Text"));

		mvc.perform(get("/staff/mail").param("recipient", to).param("status", "PENDING"))
			.andExpect(content().string(containsString("Still waiting")));
		mvc.perform(get("/staff/mail").param("recipient", to).param("status", "SENT"))
			.andExpect(
					content().string(allOf(not(containsString("Still waiting")), containsString("No messages match"))));
		mvc.perform(get("/staff/mail").param("recipient", to).param("status", "NO-SUCH-STATUS"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Still waiting")));
	}

	@Test
	@WithMockUser(roles = "STAFF")
	void anHtmxRequestGetsOnlyTheResults() throws Exception {
		var to = recipient();
		outbox.enqueue(OutgoingMail.text(to, "Partial", "Text"));

		mvc.perform(get("/staff/mail").param("recipient", to).header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andExpect(header().string("Vary", containsString("HX-Request")))
			.andExpect(content().string(allOf(containsString("id=\"mail-results\""), containsString("Partial"),
					not(containsString("<html")))));
	}

	@Test
	@WithMockUser(roles = "STAFF")
	void theDetailShowsTheTextEscapedWithItsLinksClickable() throws Exception {
		var to = recipient();
		long id = outbox.enqueue(OutgoingMail.text(to, "Sign in",
				"Hello <script>alert(1)</script>,\nsign in: https://accord.example/signin?token=abc&next=%2F\n"
						+ "javascript:alert(2)"));
		deliver();

		mvc.perform(get("/staff/mail/{id}", id))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("<a href=\"https://accord.example/signin?token=abc&amp;next=%2F\""),
						containsString("Hello &lt;script&gt;alert(1)&lt;/script&gt;,"),
						not(containsString("<script>alert")), not(containsString("href=\"javascript")),
						containsString("class=\"mail-body\""))));
	}

	@Test
	@WithMockUser(roles = "STAFF")
	void anAttachmentDownloadsAsAFileWithASafeName() throws Exception {
		var content = "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n".getBytes(StandardCharsets.UTF_8);
		long id = outbox.enqueue(new OutgoingMail(recipient(), "Invitation", "See the attachment.", null,
				List.of(new OutgoingMail.Attachment("../../Convening \"2026\".ics", "text/calendar", content))));
		long attachmentId = jdbc.sql("SELECT id FROM outbox_attachment WHERE message_id = ?")
			.param(id)
			.query(Long.class)
			.single();

		mvc.perform(get("/staff/mail/{id}", id))
			.andExpect(content().string(containsString("/staff/mail/" + id + "/attachments/" + attachmentId)));
		mvc.perform(get("/staff/mail/{id}/attachments/{attachmentId}", id, attachmentId))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition",
					allOf(startsWith("attachment;"), containsString("Convening _2026_.ics"),
							not(containsString("..")))))
			.andExpect(header().string("Content-Type", "application/octet-stream"))
			.andExpect(content().bytes(content));
	}

	@Test
	@WithMockUser(roles = "STAFF")
	void staffCanRetryAFailedMessageButNotOneThatHasNotFailed() throws Exception {
		long id = outbox.enqueue(OutgoingMail.text(recipient(), "Bounced", "Text"));
		jdbc.sql(
				"UPDATE outbox_message SET status = 'FAILED', attempts = 10, last_error = 'Connection refused' WHERE id = ?")
			.param(id)
			.update();

		mvc.perform(get("/staff/mail/{id}", id))
			.andExpect(content().string(allOf(containsString("Retry now"), containsString("Connection refused"))));
		mvc.perform(post("/staff/mail/{id}/retry", id)).andExpect(status().isForbidden());
		mvc.perform(post("/staff/mail/{id}/retry", id).with(csrf()))
			.andExpect(redirectedUrl("/staff/mail/" + id))
			.andExpect(flash().attribute("flash", "outreach.mail.retry.done"));

		assertThat(jdbc.sql("SELECT status || '/' || attempts FROM outbox_message WHERE id = ?")
			.param(id)
			.query(String.class)
			.single()).isEqualTo("PENDING/0");
		mvc.perform(post("/staff/mail/{id}/retry", id).with(csrf()))
			.andExpect(flash().attribute("flashError", "outreach.mail.retry.notFailed"));
	}

	@Test
	@WithMockUser(roles = "STAFF")
	void aMissingMessageOrAttachmentIsNotFound() {
		long id = outbox.enqueue(OutgoingMail.text(recipient(), "No attachment", "Text"));
		assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> queries.get(Long.MAX_VALUE));
		assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> queries.attachment(id, Long.MAX_VALUE));
	}

	@Test
	@WithMockUser(roles = "STAFF")
	void thePageSpeaksSpanish() throws Exception {
		mvc.perform(get("/staff/mail").header("Accept-Language", "es"))
			.andExpect(content()
				.string(allOf(containsString("Correo saliente"), containsString("El destinatario contiene"))));
	}

	@Test
	@WithMockUser(roles = "MEMBER")
	void someoneWhoIsNotStaffIsRefused() throws Exception {
		assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> queries.find(null, null, 0));
		mvc.perform(get("/staff/mail")).andExpect(status().isForbidden());
		mvc.perform(get("/staff/mail/1")).andExpect(status().isForbidden());
	}

	private void deliver() {
		while (worker.poll() > 0) {
			// deliver everything that is due
		}
	}

	private static String recipient() {
		return "web-" + UUID.randomUUID() + "@example.org";
	}

}
