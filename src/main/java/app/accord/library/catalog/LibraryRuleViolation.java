package app.accord.library.catalog;

import app.accord.shared.RuleViolation;

/**
 * Input that breaks a library rule, with the form field it belongs next to (or
 * {@code null} for the whole form) and the message key.
 */
public class LibraryRuleViolation extends RuleViolation {

	public LibraryRuleViolation(String field, String messageKey, Object... arguments) {
		super(field, messageKey, arguments);
	}

	public LibraryRuleViolation(Kind kind, String field, String messageKey, Object... arguments) {
		super(kind, field, messageKey, arguments);
	}

}
