package app.accord.accounts.administration;

import java.time.Clock;
import java.util.UUID;

import app.accord.accounts.Role;
import app.accord.accounts.people.Account;
import app.accord.accounts.people.AccountRepository;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates accounts for tests, each with a fresh email so tests sharing the database do
 * not collide.
 */
@Component
public class TestAccounts {

	public static final String PASSWORD = "a long and memorable passphrase";

	private final PeopleService people;

	private final AccountRepository accounts;

	private final PasswordEncoder encoder;

	private final Clock clock;

	TestAccounts(PeopleService people, AccountRepository accounts, PasswordEncoder encoder, Clock clock) {
		this.people = people;
		this.accounts = accounts;
		this.encoder = encoder;
		this.clock = clock;
	}

	public static String freshEmail(String name) {
		return name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@district.example.org";
	}

	@Transactional
	public Account create(Role role, boolean withPassword) {
		var person = people.findOrCreatePerson(freshEmail(role.name().toLowerCase()), "Test " + role);
		var account = new Account(person, role, clock.instant());
		if (withPassword) {
			account.setPasswordHash(encoder.encode(PASSWORD));
		}
		return accounts.saveAndFlush(account);
	}

}
