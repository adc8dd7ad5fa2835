package app.accord.shared.validation;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.math.BigDecimal;

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
 * An amount of money in dollars and cents (a {@link BigDecimal} of dollars, or a whole
 * number of cents with {@link #cents()}), from 0 to {@link #MAX_DOLLARS}: larger amounts
 * are typing errors, and would overflow the cents they are stored in. Null is valid.
 */
@Documented
@Constraint(validatedBy = MoneyValidator.class)
@Target({ METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE })
@Retention(RUNTIME)
public @interface Money {

	BigDecimal MAX_DOLLARS = new BigDecimal("10000000.00");

	String message() default "{validation.money}";

	/** The value is a whole number of cents. */
	boolean cents() default false;

	/**
	 * Whether an amount below zero (a discount, a refund) is allowed, down to minus the
	 * maximum.
	 */
	boolean signed() default false;

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
