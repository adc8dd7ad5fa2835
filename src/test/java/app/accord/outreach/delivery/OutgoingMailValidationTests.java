package app.accord.outreach.delivery;

import java.util.List;

import app.accord.outreach.OutgoingMail;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNoException;

class OutgoingMailValidationTests {

	@ParameterizedTest
	@ValueSource(strings = { "", "   ", "no-at-sign", "two@@example.org", "a@b", "Someone <a@example.org>",
			"a@example.org, b@example.org", "a@example.org\r\nBcc: victim@example.org", "a b@example.org",
			"a@example.org;" })
	void aMalformedRecipientIsRejectedWithAClearMessage(String to) {
		assertThatIllegalArgumentException().isThrownBy(() -> JpaOutbox.validate(OutgoingMail.text(to, "Hi", "Text")))
			.withMessageStartingWith("Not a valid email address");
	}

	@Test
	void aPlainAddressIsAccepted() {
		assertThatNoException()
			.isThrownBy(() -> JpaOutbox.validate(OutgoingMail.text("maría.lópez+accord@example.org", "Hi", "Text")));
	}

	@Test
	void aSubjectMustBeOneLineSoItCannotAddHeaders() {
		assertThatIllegalArgumentException().isThrownBy(
				() -> JpaOutbox.validate(OutgoingMail.text("a@example.org", "Hi\r\nBcc: victim@example.org", "Text")));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> JpaOutbox.validate(OutgoingMail.text("a@example.org", " ", "Text")));
	}

	@Test
	void anAttachmentNeedsANameAndAValidContentType() {
		var mail = OutgoingMail.text("a@example.org", "Hi", "Text");
		assertThatIllegalArgumentException().isThrownBy(() -> JpaOutbox
			.validate(mail.withAttachment(new OutgoingMail.Attachment(" ", "text/calendar", new byte[1]))));
		assertThatIllegalArgumentException().isThrownBy(() -> JpaOutbox
			.validate(mail.withAttachment(new OutgoingMail.Attachment("a.ics", "calendar", new byte[1]))));
		assertThatIllegalArgumentException().isThrownBy(() -> JpaOutbox
			.validate(new OutgoingMail("a@example.org", "Hi", "Text", null, List.of(new OutgoingMail.Attachment("a.ics",
					"text/calendar", new byte[(int) JpaOutbox.MAX_ATTACHMENT_BYTES + 1])))));
	}

}
