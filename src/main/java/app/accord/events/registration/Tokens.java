package app.accord.events.registration;

import java.security.SecureRandom;
import java.util.Base64;

/** Unguessable tokens for links sent by email (calendar file, check-in QR code). */
final class Tokens {

	private static final SecureRandom RANDOM = new SecureRandom();

	private Tokens() {
	}

	static String next() {
		var bytes = new byte[24];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}
