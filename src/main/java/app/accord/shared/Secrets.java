package app.accord.shared;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * Unguessable secrets for links sent by email and for tokens (256 random bits, URL-safe),
 * and the hash under which a secret is stored where the database must never hold a usable
 * one.
 */
public final class Secrets {

	private static final SecureRandom RANDOM = new SecureRandom();

	/** The shape of any secret this class made (and of older, shorter ones). */
	private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{20,64}");

	private Secrets() {
	}

	/** 256 random bits, URL-safe Base64 without padding (43 characters). */
	public static String random() {
		var bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	/** Whether the text can be a secret at all, checked before any lookup. */
	public static boolean wellFormed(String secret) {
		return secret != null && SHAPE.matcher(secret).matches();
	}

	/** SHA-256 as 64 lowercase hex digits. */
	public static String sha256(String secret) {
		try {
			var digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
		}
	}

}
