package app.accord.shared.validation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** What people type: dates, amounts and web addresses that can only be typing errors. */
class EnteredValuesTests {

	static final Validator validator = Validation.buildDefaultValidatorFactory().getValidator();

	record Dated(@SensibleDate LocalDate on, @SensibleDate LocalDateTime at,
			@SensibleDate(earliestYear = SensibleDate.EARLIEST_PUBLISHED_YEAR) LocalDate publishedOn) {
	}

	record Priced(@Money BigDecimal amount, @Money(cents = true) Long cents,
			@Money(signed = true) BigDecimal adjustment) {
	}

	record Linked(@WebAddress String url) {
	}

	@Test
	void datesFrom1990To2100AreTakenAndYearsLike0001Or99999AreNot() {
		assertThat(validator.validate(
				new Dated(LocalDate.of(1990, 1, 1), LocalDateTime.of(2100, 12, 31, 23, 59), LocalDate.of(1921, 5, 1))))
			.isEmpty();
		assertThat(validator.validate(new Dated(null, null, null))).isEmpty();
		assertThat(validator.validate(
				new Dated(LocalDate.of(1, 1, 1), LocalDateTime.of(99999, 1, 1, 9, 0), LocalDate.of(1899, 12, 31))))
			.extracting(v -> v.getPropertyPath().toString())
			.containsExactlyInAnyOrder("on", "at", "publishedOn");
		assertThat(validator.validate(new Dated(LocalDate.of(1989, 12, 31), null, LocalDate.of(2101, 1, 1))))
			.hasSize(2);
	}

	@Test
	void amountsUpToTenMillionDollarsInCentsAreTaken() {
		assertThat(validator.validate(new Priced(new BigDecimal("10000000.00"), 1_000_000_000L, new BigDecimal("-25"))))
			.isEmpty();
		assertThat(validator.validate(new Priced(new BigDecimal("1e20"), 1_000_000_001L, new BigDecimal("-1e308"))))
			.extracting(v -> v.getPropertyPath().toString())
			.containsExactlyInAnyOrder("amount", "cents", "adjustment");
		assertThat(validator.validate(new Priced(new BigDecimal("1e308"), -1L, null))).hasSize(2);
		assertThat(validator.validate(new Priced(new BigDecimal("49.505"), null, null))).hasSize(1);
		assertThat(validator.validate(new Priced(new BigDecimal("-1"), null, null))).hasSize(1);
		assertThat(validator.validate(new Priced(new BigDecimal("1.500"), null, null))).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "https://meet.example.org/room?id=1", "http://cde.ca.gov", "HTTPS://Example.org",
			" https://example.org/pasted ", "" })
	void absoluteHttpAddressesAreTaken(String url) {
		assertThat(validator.validate(new Linked(url))).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "javascript:alert(1)", "JavaScript:alert(document.cookie)", "data:text/html,<b>x</b>",
			"vbscript:msgbox", "//evil.example.org", "/relative/path", "www.example.org", "https://", "http:///x",
			"ftp://files.example.org", "https://exa mple.org", "https://example.org/\"onmouseover=x",
			"mailto:someone@example.org" })
	void anythingElseIsRefused(String url) {
		assertThat(validator.validate(new Linked(url))).hasSize(1);
	}

}
