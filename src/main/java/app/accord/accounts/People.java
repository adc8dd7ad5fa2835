package app.accord.accounts;

import java.util.Optional;

/**
 * People known to Accord, identified by email (case-insensitive); an account is optional
 * until they sign in.
 */
public interface People {

	/**
	 * The person with this email, created with the given name if Accord does not know
	 * them yet.
	 */
	PersonId findOrCreate(String email, String displayName);

	Optional<PersonSummary> find(PersonId id);

	Optional<PersonSummary> findByEmail(String email);

}
