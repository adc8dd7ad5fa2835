package app.accord.surveys.rules;

import app.accord.shared.RuleViolation;

/**
 * Input that breaks a survey rule (surveys bundle). An unknown link is missing (404); a
 * used invitation, a closed or not yet open administration and a taken item code clash
 * with what is stored (409); anything else is invalid input (400).
 */
public class SurveyRuleViolation extends RuleViolation {

	public SurveyRuleViolation(String field, String messageKey, Object... arguments) {
		super(kindOf(messageKey), field, messageKey, arguments);
	}

	private static Kind kindOf(String messageKey) {
		return switch (messageKey) {
			case "surveys.respond.tokenUnknown" -> Kind.NOT_FOUND;
			case "surveys.respond.tokenUsed", "surveys.respond.closed", "surveys.respond.notYetOpen",
					"surveys.item.codeTaken" ->
				Kind.CONFLICT;
			default -> Kind.INVALID;
		};
	}

}
