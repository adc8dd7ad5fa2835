package app.accord.surveys.internal;

import app.accord.shared.RuleViolation;

/** Input that breaks a survey rule (surveys bundle). */
class SurveyRuleViolation extends RuleViolation {

	SurveyRuleViolation(String field, String messageKey, Object... arguments) {
		super(field, messageKey, arguments);
	}

}
