package app.accord.events.internal;

import org.springframework.validation.BindingResult;

/** Puts a broken event rule next to the field it is about, or at the top of the form. */
final class FormErrors {

	private FormErrors() {
	}

	static void reject(BindingResult result, EventRuleViolation violation) {
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
		}
		return false;
	}

}
