package app.accord.events.registration;

import java.util.regex.Pattern;

/** A pragmatic email check: one @, a dotted domain, no spaces. */
public final class EmailShape {

	private static final Pattern SHAPE = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}$");

	private EmailShape() {
	}

	public static boolean isValid(String email) {
		return email != null && email.trim().length() <= 320 && SHAPE.matcher(email.trim()).matches();
	}

}
