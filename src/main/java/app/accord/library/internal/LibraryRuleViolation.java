package app.accord.library.internal;

/**
 * Input that breaks a library rule, with the form field it belongs next to (or
 * {@code null} for the whole form) and the message key.
 */
class LibraryRuleViolation extends IllegalArgumentException {

	private final String field;

	private final String messageKey;

	LibraryRuleViolation(String field, String messageKey) {
		super(messageKey);
		this.field = field;
		this.messageKey = messageKey;
	}

	String field() {
		return field;
	}

	String messageKey() {
		return messageKey;
	}

}
