package app.accord.surveys.rules;

import app.accord.shared.RuleViolation;

/** Input that breaks a survey rule (surveys bundle). */
public class SurveyRuleViolation extends RuleViolation {

	public SurveyRuleViolation(String field, String messageKey, Object... arguments) {
		super(field, messageKey, arguments);
	}

}
