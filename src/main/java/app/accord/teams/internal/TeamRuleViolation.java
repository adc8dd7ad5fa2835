package app.accord.teams.internal;

/**
 * Input that breaks a team rule. Carries the message key (teams bundle) and the form
 * field it belongs next to, so pages show it in place and the API in the problem detail.
 */
class TeamRuleViolation extends IllegalArgumentException {

	private final String field;

	private final String messageKey;

	private final transient Object[] arguments;

	TeamRuleViolation(String field, String messageKey, Object... arguments) {
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
