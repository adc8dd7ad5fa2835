package app.accord.accounts.signin;

import java.time.Clock;

import app.accord.accounts.SignedInUser;
import app.accord.accounts.people.AccountRepository;

import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Password sign-in, asking {@link LoginThrottle} first and telling it the outcome.
 */
public class ThrottledAuthenticationProvider extends DaoAuthenticationProvider {

	private final LoginThrottle throttle;

	private final AccountRepository accounts;

	private final Clock clock;

	public ThrottledAuthenticationProvider(AccountUserDetailsService users, PasswordEncoder encoder,
			LoginThrottle throttle, AccountRepository accounts, Clock clock) {
		super(users);
		setPasswordEncoder(encoder);
		this.throttle = throttle;
		this.accounts = accounts;
		this.clock = clock;
	}

	@Override
	public Authentication authenticate(Authentication authentication) throws AuthenticationException {
		var email = String.valueOf(authentication.getPrincipal());
		var address = authentication.getDetails() instanceof WebAuthenticationDetails details
				? details.getRemoteAddress() : "unknown";
		if (!throttle.passwordAttemptAllowed(email, address)) {
			throw new TooManyAttemptsException();
		}
		try {
			var result = super.authenticate(authentication);
			throttle.record(LoginThrottle.Kind.PASSWORD, email, address, true);
			if (result.getPrincipal() instanceof SignedInUser user) {
				accounts.markSignedIn(user.personId().value(), clock.instant());
			}
			return result;
		}
		catch (DisabledException ex) {
			throw ex;
		}
		catch (AuthenticationServiceException ex) {
			throw ex;
		}
		catch (AuthenticationException ex) {
			throttle.record(LoginThrottle.Kind.PASSWORD, email, address, false);
			throw ex;
		}
	}

	public static class TooManyAttemptsException extends AuthenticationException {

		TooManyAttemptsException() {
			super("Too many sign-in attempts");
		}

	}

}
