package app.accord.events.catalog;

import app.accord.shared.RuleViolation;

/** Input that breaks an event rule (events bundle). */
public class EventRuleViolation extends RuleViolation {

	public EventRuleViolation(String field, String messageKey, Object... arguments) {
		super(field, messageKey, arguments);
	}

	protected EventRuleViolation(Kind kind, String field, String messageKey, Object... arguments) {
		super(kind, field, messageKey, arguments);
	}

}
