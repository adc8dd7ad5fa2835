package app.accord.accounts.signin;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.zip.GZIPInputStream;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * What makes a password acceptable: long enough, not absurdly long for the hash, not one
 * of the passwords attackers try first, and not the email address.
 */
@Component
public class PasswordPolicy {

	public static final int MIN_LENGTH = 12;

	/** BCrypt reads at most 72 bytes; a longer password would be silently cut. */
	static final int MAX_LENGTH = 64;

	private final Set<String> common;

	PasswordPolicy() {
		this.common = load();
	}

	/**
	 * @return the message key of the first rule the password breaks, or empty if it is
	 * acceptable
	 */
	public Optional<String> violation(String password, String email) {
		if (password == null || password.length() < MIN_LENGTH) {
			return Optional.of("password.tooShort");
		}
		if (password.length() > MAX_LENGTH) {
			return Optional.of("password.tooLong");
		}
		var lower = password.toLowerCase(Locale.ROOT);
		if (common.contains(lower)) {
			return Optional.of("password.common");
		}
		if (email != null && lower.contains(email.trim().toLowerCase(Locale.ROOT))) {
			return Optional.of("password.email");
		}
		if (lower.chars().distinct().count() < 4) {
			return Optional.of("password.common");
		}
		return Optional.empty();
	}

	private static Set<String> load() {
		var passwords = new HashSet<String>(64_000);
		try (var reader = new BufferedReader(new InputStreamReader(
				new GZIPInputStream(new ClassPathResource("accounts/common-passwords.txt.gz").getInputStream()),
				StandardCharsets.UTF_8))) {
			String line;
			while ((line = reader.readLine()) != null) {
				passwords.add(line);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The list of common passwords ships with Accord", ex);
		}
		return Set.copyOf(passwords);
	}

}
