package app.accord.accounts.signin;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTests {

	PasswordPolicy policy = new PasswordPolicy();

	@Test
	void acceptsALongPassphrase() {
		assertThat(policy.violation("labor and management at the table", "ana@district.org")).isEmpty();
	}

	@Test
	void refusesShortPasswords() {
		assertThat(policy.violation("Sh0rt!pass", "ana@district.org")).contains("password.tooShort");
	}

	@Test
	void refusesPasswordsTooLongForTheHash() {
		assertThat(policy.violation("x".repeat(65) + "abcdefg", "ana@district.org")).contains("password.tooLong");
	}

	@Test
	void refusesCommonPasswordsWhateverTheirCase() {
		assertThat(policy.violation("1qaz2wsx3edc", "ana@district.org")).contains("password.common");
		assertThat(policy.violation("1QAZ2WSX3EDC", "ana@district.org")).contains("password.common");
	}

	@Test
	void refusesRepetitiveInput() {
		assertThat(policy.violation("abababababababab", "ana@district.org")).contains("password.common");
	}

	@Test
	void refusesPasswordsContainingTheEmail() {
		assertThat(policy.violation("ana@district.org2024", "Ana@District.org")).contains("password.email");
	}

}
