package app.accord.shared.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StaffContactTests {

	@Test
	void theMailFromAddressIsWhereToWrite() {
		assertThat(new StaffContact("CA LMI <lmi@cdefoundation.example>").address())
			.isEqualTo("lmi@cdefoundation.example");
		assertThat(new StaffContact("team@accord.example").address()).isEqualTo("team@accord.example");
	}

	@Test
	void aNoReplyAddressIsNoContact() {
		assertThat(new StaffContact("Accord <no-reply@accord.local>").address()).isNull();
		assertThat(new StaffContact("noreply@accord.example").address()).isNull();
		assertThat(new StaffContact("DoNotReply@accord.example").address()).isNull();
		assertThat(new StaffContact("").address()).isNull();
	}

}
