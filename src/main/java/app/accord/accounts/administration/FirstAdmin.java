package app.accord.accounts.administration;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import app.accord.accounts.Role;
import app.accord.accounts.audit.AuditLog;
import app.accord.accounts.people.Account;
import app.accord.accounts.people.AccountRepository;
import app.accord.accounts.people.Person;
import app.accord.accounts.signin.OneTimeTokens;
import app.accord.accounts.signin.PasswordPolicy;
import app.accord.accounts.tokens.ApiTokens;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The first staff account. With {@code ACCORD_ADMIN_EMAIL} and
 * {@code ACCORD_ADMIN_PASSWORD} it is created at start-up (once; later starts leave it
 * alone), with {@code ACCORD_ADMIN_API_TOKEN} also a personal API token for scripts.
 * Without them, and while no staff account exists, each start prints a single-use setup
 * link valid for a day.
 */
@Service
public class FirstAdmin {

	private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);

	static final Duration SETUP_VALIDITY = Duration.ofHours(24);

	private final Settings settings;

	private final AccountRepository accounts;

	private final PeopleService people;

	private final PasswordPolicy policy;

	private final PasswordEncoder encoder;

	private final ApiTokens apiTokens;

	private final OneTimeTokens tokens;

	private final AuditLog audit;

	private final TransactionTemplate transaction;

	private final Clock clock;

	private final String baseUrl;

	FirstAdmin(Settings settings, AccountRepository accounts, PeopleService people, PasswordPolicy policy,
			PasswordEncoder encoder, ApiTokens apiTokens, OneTimeTokens tokens, AuditLog audit,
			TransactionTemplate transaction, Clock clock, @Value("${accord.base-url}") String baseUrl) {
		this.settings = settings;
		this.accounts = accounts;
		this.people = people;
		this.policy = policy;
		this.encoder = encoder;
		this.apiTokens = apiTokens;
		this.tokens = tokens;
		this.audit = audit;
		this.transaction = transaction;
		this.clock = clock;
		this.baseUrl = baseUrl;
	}

	@ConfigurationProperties("accord.admin")
	public record Settings(String email, String password, String apiToken, String name) {

		boolean configured() {
			return email != null && !email.isBlank() && password != null && !password.isBlank();
		}

	}

	@EventListener(ApplicationReadyEvent.class)
	void onStart() {
		if (settings.configured()) {
			try {
				transaction.executeWithoutResult(status -> createConfiguredAdmin());
			}
			catch (DataIntegrityViolationException ex) {
				// Another node created the same admin at the same moment: that is the
				// intended result.
				log.info("The configured admin account was created by another node");
			}
		}
		else if (!accounts.existsByRoleAndEnabledTrue(Role.STAFF)) {
			var token = tokens.issue(OneTimeTokens.Purpose.SETUP, null, SETUP_VALIDITY);
			log.warn("""

					============================================================
					 Accord has no staff account yet. Create the first one here
					 (single use, valid for 24 hours):

					   {}/setup?token={}

					 Or set ACCORD_ADMIN_EMAIL and ACCORD_ADMIN_PASSWORD.
					============================================================
					""", baseUrl, token);
		}
	}

	private void createConfiguredAdmin() {
		var violation = policy.violation(settings.password(), settings.email());
		var existing = accounts.findByEmail(Person.normalize(settings.email()));
		if (existing.isEmpty()) {
			if (violation.isPresent()) {
				log.error(
						"ACCORD_ADMIN_PASSWORD is not acceptable ({}): at least {} characters, not a common "
								+ "password, not the email. No admin account was created.",
						violation.get(), PasswordPolicy.MIN_LENGTH);
				return;
			}
			var person = people.findOrCreatePerson(settings.email(),
					settings.name() == null || settings.name().isBlank() ? "Administrator" : settings.name());
			var account = new Account(person, Role.STAFF, clock.instant());
			account.setPasswordHash(encoder.encode(settings.password()));
			accounts.saveAndFlush(account);
			audit.recordAs("system", "account.bootstrapped", person.getEmailNormalized(), "role=STAFF");
			log.info("Created the staff account {} from ACCORD_ADMIN_EMAIL", person.getEmail());
		}
		var admin = accounts.findByEmail(Person.normalize(settings.email())).orElseThrow();
		var apiToken = settings.apiToken();
		if (apiToken != null && !apiToken.isBlank()) {
			if (apiToken.length() < 32) {
				log.error("ACCORD_ADMIN_API_TOKEN must be at least 32 characters; no token was created.");
			}
			else if (apiTokens.createIfAbsent(admin.getPersonId(), "Bootstrap token", apiToken)) {
				log.info("Created the API token from ACCORD_ADMIN_API_TOKEN for {}", admin.getPerson().getEmail());
			}
		}
	}

	/**
	 * Whether a setup link may still be used: it is valid and no staff account exists
	 * yet.
	 */
	boolean setupPossible(String token) {
		return !accounts.existsByRoleAndEnabledTrue(Role.STAFF) && tokens.isValid(token, OneTimeTokens.Purpose.SETUP);
	}

	/**
	 * Creates the first staff account with the setup link.
	 * @return the message key of what is wrong, or empty when the account was created
	 */
	@Transactional
	Optional<String> completeSetup(String token, String email, String name, String password) {
		var violation = policy.violation(password, email);
		if (violation.isPresent()) {
			return violation;
		}
		if (accounts.existsByRoleAndEnabledTrue(Role.STAFF)
				|| tokens.redeem(token, OneTimeTokens.Purpose.SETUP).isEmpty()) {
			return Optional.of("setup.linkInvalid");
		}
		var person = people.findOrCreatePerson(email, name);
		var account = accounts.findById(person.getId())
			.orElseGet(() -> new Account(person, Role.STAFF, clock.instant()));
		account.changeRole(Role.STAFF);
		account.enable();
		account.setPasswordHash(encoder.encode(password));
		accounts.saveAndFlush(account);
		audit.recordAs(person.getEmailNormalized(), "account.setup", person.getEmailNormalized(), "role=STAFF");
		return Optional.empty();
	}

}
