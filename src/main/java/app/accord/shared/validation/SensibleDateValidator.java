package app.accord.shared.validation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link SensibleDate}; {@link #isSensible} for dates read from files. */
public class SensibleDateValidator implements ConstraintValidator<SensibleDate, Object> {

	private int earliestYear;

	@Override
	public void initialize(SensibleDate constraint) {
		this.earliestYear = constraint.earliestYear();
	}

	@Override
	public boolean isValid(Object value, ConstraintValidatorContext context) {
		if (value == null) {
			return true;
		}
		int year;
		if (value instanceof LocalDate date) {
			year = date.getYear();
		}
		else if (value instanceof LocalDateTime time) {
			year = time.getYear();
		}
		else if (value instanceof OffsetDateTime time) {
			year = time.getYear();
		}
		else if (value instanceof ZonedDateTime time) {
			year = time.getYear();
		}
		else if (value instanceof Instant instant) {
			year = instant.atOffset(ZoneOffset.UTC).getYear();
		}
		else {
			throw new IllegalArgumentException("@SensibleDate on a " + value.getClass().getName());
		}
		return year >= earliestYear && year <= SensibleDate.LATEST_YEAR;
	}

	public static boolean isSensible(LocalDate date, int earliestYear) {
		return date == null || (date.getYear() >= earliestYear && date.getYear() <= SensibleDate.LATEST_YEAR);
	}

}
