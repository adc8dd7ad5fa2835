package app.accord.accounts.people;

import java.time.Instant;

import app.accord.accounts.Role;

/**
 * An account as pages show it.
 */
public record AccountView(long id, String name, String email, Role role, boolean enabled, boolean hasPassword,
		String language, Instant createdAt, Instant lastSignedInAt) {

	public static AccountView of(Account account) {
		var person = account.getPerson();
		return new AccountView(account.getPersonId(), person.getDisplayName(), person.getEmail(), account.getRole(),
				account.isEnabled(), account.hasPassword(), person.getPreferredLanguage(), account.getCreatedAt(),
				account.getLastSignedInAt());
	}

}
