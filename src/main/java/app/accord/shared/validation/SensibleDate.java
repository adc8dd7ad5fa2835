package app.accord.shared.validation;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.CONSTRUCTOR;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

/**
 * A date (or date and time) from {@link #earliestYear()} to 2100: a year such as 0001 or
 * +99999 parses, but is always a typing error. Null is valid.
 */
@Documented
@Constraint(validatedBy = SensibleDateValidator.class)
@Target({ METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE })
@Retention(RUNTIME)
public @interface SensibleDate {

	int LATEST_YEAR = 2100;

	/** Documents in the library may be older than Accord's own records. */
	int EARLIEST_PUBLISHED_YEAR = 1900;

	String message() default "{validation.date.range}";

	/**
	 * 1990 for what is planned or recorded in Accord; earlier for published documents.
	 */
	int earliestYear() default 1990;

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
