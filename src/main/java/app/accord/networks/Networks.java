package app.accord.networks;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import app.accord.accounts.PersonId;

/**
 * What other modules may ask about regional networks. Answers are not filtered by the
 * caller's rights: modules that show them apply their own.
 */
public interface Networks {

	/** Every network, by name. */
	List<NetworkSummary> all();

	Optional<NetworkSummary> find(long networkId);

	/** CDS codes of the network's members on that day. */
	List<String> memberCdsCodesOn(long networkId, LocalDate day);

	/**
	 * Whether the person is named the network's coordinator (their account must also hold
	 * the coordinator role to act as one: check the signed-in user's role).
	 */
	boolean isCoordinator(PersonId person, long networkId);

	/** Networks the person is named coordinator of. */
	List<NetworkSummary> coordinatedBy(PersonId person);

}
