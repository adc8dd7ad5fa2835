package app.accord.accounts;

import java.util.Optional;

/**
 * People known to Accord, identified by email (case-insensitive); an account is optional
 * until they sign in.
 */
public interface People {

	/**
	 * The person with this email, created with the given name if Accord does not know
	 * them yet, or given it if Accord knows them by email alone; a name they have is
	 * kept.
	 */
	PersonId findOrCreate(String email, String displayName);

	Optional<PersonSummary> find(PersonId id);

	Optional<PersonSummary> findByEmail(String email);

	/**
	 * Gives the person a member account if they have none and emails them a sign-in link
	 * valid for a week; a person who already has an account gets the link with their
	 * account unchanged. Runs in the caller's transaction.
	 */
	void inviteToSignIn(PersonId person, String invitedBy);

}
