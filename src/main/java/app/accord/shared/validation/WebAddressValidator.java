package app.accord.shared.validation;

import java.net.URI;
import java.net.URISyntaxException;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link WebAddress}; {@link #isWebAddress} for addresses read from files. */
public class WebAddressValidator implements ConstraintValidator<WebAddress, String> {

	@Override
	public boolean isValid(String value, ConstraintValidatorContext context) {
		return isWebAddress(value);
	}

	public static boolean isWebAddress(String value) {
		if (value == null || value.isBlank()) {
			return true;
		}
		// Spaces around a pasted address are forgiven; inside one they are not.
		var address = value.strip();
		if (address.chars().anyMatch(c -> c <= ' ' || c == '<' || c == '>' || c == '"')) {
			return false;
		}
		try {
			var uri = new URI(address);
			var scheme = uri.getScheme();
			return uri.isAbsolute() && ("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme))
					&& uri.getRawAuthority() != null && !uri.getRawAuthority().isEmpty();
		}
		catch (URISyntaxException ex) {
			return false;
		}
	}

}
