package app.accord.shared;

/**
 * Input that breaks a module's rule. Carries the message key (in the module's bundle) and
 * the form field it belongs next to, so pages show it in place and the API in the problem
 * detail. Each module has its own subclass, so its handlers catch only their own.
 */
public abstract class RuleViolation extends IllegalArgumentException {

	private final String field;

	private final String messageKey;

	private final transient Object[] arguments;

	protected RuleViolation(String field, String messageKey, Object... arguments) {
		super(messageKey);
		this.field = field;
		this.messageKey = messageKey;
		this.arguments = arguments;
	}

	/** The form field the problem is about; {@code null} for the whole form. */
	public String field() {
		return field;
	}

	public String messageKey() {
		return messageKey;
	}

	public Object[] arguments() {
		return arguments;
	}

}
