package app.accord.shared.web;

import java.util.function.Supplier;

import app.accord.shared.RuleViolation;

import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/** Puts a broken rule next to the field it is about, or at the top of the form. */
public final class FormErrors {

	private FormErrors() {
	}

	/**
	 * A form sent: when it is valid and the change keeps the rules (a broken one of the
	 * module's own kind {@code rules}), where the change leads; otherwise its page again,
	 * showing what was typed and what is wrong. A broken rule of another kind passes on.
	 */
	public static String submit(BindingResult result, Class<? extends RuleViolation> rules, Supplier<String> change,
			Supplier<String> page) {
		if (!result.hasErrors()) {
			try {
				return change.get();
			}
			catch (RuleViolation ex) {
				if (!rules.isInstance(ex)) {
					throw ex;
				}
				reject(result, ex);
			}
		}
		return page.get();
	}

	public static void reject(BindingResult result, RuleViolation violation) {
		var field = violation.field();
		if (field != null && result.getTarget() != null && hasField(result, field)) {
			result.rejectValue(field, violation.messageKey(), violation.arguments(), null);
		}
		else {
			result.reject(violation.messageKey(), violation.arguments(), null);
		}
	}

	/**
	 * Rules checked by the form itself, beside fields it is known to have, before
	 * anything is saved: shown with the errors of the other fields, also when something
	 * typed elsewhere could not be read (the form object then was never built). A field
	 * that has its own error already keeps that one.
	 */
	public static void rejectAll(BindingResult result, Iterable<? extends RuleViolation> violations) {
		for (var violation : violations) {
			var field = violation.field();
			if (field == null) {
				result.reject(violation.messageKey(), violation.arguments(), null);
			}
			else if (!result.hasFieldErrors(field)) {
				// The value itself, formatted when shown (without a form object, as it
				// was read).
				var value = result.getTarget() != null ? result.getRawFieldValue(field) : result.getFieldValue(field);
				result.addError(new FieldError(result.getObjectName(), field, value, false,
						result.resolveMessageCodes(violation.messageKey(), field), violation.arguments(), null));
			}
		}
	}

	private static boolean hasField(BindingResult result, String field) {
		var type = result.getTarget().getClass();
		if (type.isRecord()) {
			for (var component : type.getRecordComponents()) {
				if (component.getName().equals(field)) {
					return true;
				}
			}
			return false;
		}
		return false;
	}

}
