package app.accord.shared.validation;

import java.math.BigDecimal;
import java.math.BigInteger;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link Money}. */
public class MoneyValidator implements ConstraintValidator<Money, Number> {

	private boolean cents;

	private boolean signed;

	@Override
	public void initialize(Money constraint) {
		this.cents = constraint.cents();
		this.signed = constraint.signed();
	}

	@Override
	public boolean isValid(Number value, ConstraintValidatorContext context) {
		if (value == null) {
			return true;
		}
		var dollars = dollars(value);
		if (dollars.stripTrailingZeros().scale() > 2) {
			return false;
		}
		if (dollars.signum() < 0 && !signed) {
			return false;
		}
		return dollars.abs().compareTo(Money.MAX_DOLLARS) <= 0;
	}

	private BigDecimal dollars(Number value) {
		var amount = value instanceof BigDecimal decimal ? decimal
				: value instanceof BigInteger integer ? new BigDecimal(integer)
						: (value instanceof Long || value instanceof Integer) ? BigDecimal.valueOf(value.longValue())
								: new BigDecimal(value.toString());
		return cents ? amount.movePointLeft(2) : amount;
	}

}
