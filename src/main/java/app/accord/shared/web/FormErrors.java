package app.accord.shared.web;

import app.accord.shared.RuleViolation;

import org.springframework.validation.BindingResult;

/** Puts a broken rule next to the field it is about, or at the top of the form. */
public final class FormErrors {

	private FormErrors() {
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
