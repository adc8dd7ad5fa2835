package app.accord.accounts.people;

import java.util.regex.Pattern;

/**
 * A pragmatic email check: one @, a dotted domain, no spaces; the mail server has the
 * last word.
 */
public final class Emails {

	private static final Pattern SHAPE = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}$");

	private Emails() {
	}

	public static boolean isValid(String email) {
		return email != null && email.trim().length() <= 320 && SHAPE.matcher(email.trim()).matches();
	}

	public static void requireValid(String email) {
		if (!isValid(email)) {
			throw new IllegalArgumentException("Not a valid email address: " + email);
		}
	}

}
