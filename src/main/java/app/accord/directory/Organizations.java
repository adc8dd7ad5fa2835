package app.accord.directory;

import java.util.List;
import java.util.Optional;

/**
 * Partner organizations: state partners, unions and associations, consulting partners and
 * funders. Anyone may read them; staff keep them.
 */
public interface Organizations {

	Optional<OrganizationSummary> find(long id);

	/** All organizations by name. */
	List<OrganizationSummary> list();

	/** Organizations of that kind by name. */
	List<OrganizationSummary> ofKind(OrganizationKind kind);

}
