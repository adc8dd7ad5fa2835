package app.accord.accounts.profile;

import java.util.Optional;

import app.accord.accounts.SignedInUser;
import app.accord.accounts.audit.AuditLog;
import app.accord.accounts.people.Account;
import app.accord.accounts.people.AccountRepository;
import app.accord.accounts.signin.PasswordPolicy;
import app.accord.shared.NotFoundException;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a signed-in person changes about themselves.
 */
@Service
class AccountSelfService {

	private final AccountRepository accounts;

	private final PasswordPolicy policy;

	private final PasswordEncoder encoder;

	private final AuditLog audit;

	AccountSelfService(AccountRepository accounts, PasswordPolicy policy, PasswordEncoder encoder, AuditLog audit) {
		this.accounts = accounts;
		this.policy = policy;
		this.encoder = encoder;
		this.audit = audit;
	}

	@Transactional(readOnly = true)
	Account account(SignedInUser user) {
		return accounts.findById(user.personId().value()).orElseThrow(() -> new NotFoundException("No account"));
	}

	@Transactional
	void updateProfile(SignedInUser user, String displayName, String language) {
		var person = account(user).getPerson();
		person.rename(displayName);
		person.preferLanguage(language);
	}

	/**
	 * Sets a new password. The current one must be given when there is one.
	 * @return the message key of what is wrong, or empty when the password was changed
	 */
	@Transactional
	Optional<String> changePassword(SignedInUser user, String current, String replacement) {
		var account = account(user);
		if (account.hasPassword() && (current == null || !encoder.matches(current, account.getPasswordHash()))) {
			return Optional.of("password.currentWrong");
		}
		var violation = policy.violation(replacement, account.getPerson().getEmail());
		if (violation.isPresent()) {
			return violation;
		}
		account.setPasswordHash(encoder.encode(replacement));
		audit.record("account.password-changed", account.getPerson().getEmailNormalized(), null);
		return Optional.empty();
	}

}
