package app.accord.surveys.internal;

import org.springframework.validation.BindingResult;

/** Puts a broken survey rule next to the field it is about, or at the top of the form. */
final class FormErrors {

	private FormErrors() {
	}

	static void reject(BindingResult result, SurveyRuleViolation violation) {
		var field = violation.field();
		var type = result.getTarget() == null ? null : result.getTarget().getClass();
		if (field != null && type != null && type.isRecord()) {
			for (var component : type.getRecordComponents()) {
				if (component.getName().equals(field)) {
					result.rejectValue(field, violation.messageKey(), violation.arguments(), null);
					return;
				}
			}
		}
		result.reject(violation.messageKey(), violation.arguments(), null);
	}

}
