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
 * An absolute http or https address with a host: what Accord prints as a link, puts in
 * calendar files and emails. Anything else ({@code javascript:}, {@code data:}, a path)
 * would run or lead somewhere unexpected when followed. Null and blank are valid.
 */
@Documented
@Constraint(validatedBy = WebAddressValidator.class)
@Target({ METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE })
@Retention(RUNTIME)
public @interface WebAddress {

	String message() default "{validation.url}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
