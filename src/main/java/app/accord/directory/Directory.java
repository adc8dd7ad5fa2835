package app.accord.directory;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What other modules may ask the directory. LEAs are named by their 14-digit CDS code.
 */
public interface Directory {

	Optional<LeaSummary> findLea(String cdsCode);

	/**
	 * Those of the LEAs that exist, by CDS code, in one query: for lists that name many
	 * LEAs.
	 */
	Map<String, LeaSummary> findLeas(Collection<String> cdsCodes);

	boolean exists(String cdsCode);

	/** Where the LEA's office is; empty when unknown or no such LEA. */
	Optional<LeaLocation> locate(String cdsCode);

	/**
	 * LEAs whose name contains the text (any case) or whose CDS code starts with it, by
	 * name; at most {@code limit}.
	 */
	List<LeaSummary> search(String text, int limit);

	/** All counties, by name. */
	List<CountySummary> counties();

}
