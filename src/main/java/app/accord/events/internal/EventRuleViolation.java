package app.accord.events.internal;

/**
 * Input that breaks an event rule. Carries the message key (events bundle) and the form
 * field it belongs next to, so pages show it in place and the API in the problem detail.
 */
class EventRuleViolation extends IllegalArgumentException {

	private final String field;

	private final String messageKey;

	private final transient Object[] arguments;

	EventRuleViolation(String field, String messageKey, Object... arguments) {
		super(messageKey);
		this.field = field;
		this.messageKey = messageKey;
		this.arguments = arguments;
	}

	/** The form field the problem is about; {@code null} for the whole form. */
	String field() {
		return field;
	}

	String messageKey() {
		return messageKey;
	}

	Object[] arguments() {
		return arguments;
	}

}
