package app.accord.shared;

import java.util.Map;

/**
 * Input that breaks a module's rule. Carries the message key (in the module's bundle),
 * the form field it belongs next to and what kind of break it is, so pages show it in
 * place and the API answers with one status rule (see {@link Kind}). Each module has its
 * own subclass, so its code catches only its own.
 */
public abstract class RuleViolation extends IllegalArgumentException {

	/** What kind of break it is; the API's status follows from it and nothing else. */
	public enum Kind {

		/** The input itself is wrong: 400. */
		INVALID(400),
		/** What the input names does not exist: 404. */
		NOT_FOUND(404),
		/** Valid input that clashes with the current state (taken, closed, full): 409. */
		CONFLICT(409),
		/** An upload over the size limit: 413. */
		TOO_LARGE(413);

		private final int status;

		Kind(int status) {
			this.status = status;
		}

		public int status() {
			return this.status;
		}

	}

	private final Kind kind;

	private final String field;

	private final String messageKey;

	private final transient Object[] arguments;

	protected RuleViolation(String field, String messageKey, Object... arguments) {
		this(Kind.INVALID, field, messageKey, arguments);
	}

	protected RuleViolation(Kind kind, String field, String messageKey, Object... arguments) {
		super(messageKey);
		this.kind = kind;
		this.field = field;
		this.messageKey = messageKey;
		this.arguments = arguments;
	}

	public Kind kind() {
		return kind;
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

	/**
	 * Extra properties for the API's problem detail (such as the id of what the input
	 * clashed with); none by default.
	 */
	public Map<String, Object> details() {
		return Map.of();
	}

}
