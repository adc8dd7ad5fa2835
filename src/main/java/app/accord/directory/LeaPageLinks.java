package app.accord.directory;

import java.util.List;

/**
 * Implemented by modules that have something to say about an LEA (a case study, ...), so
 * the directory links to it without depending on them.
 */
public interface LeaPageLinks {

	/** Links for anyone who may see the directory page (the public). */
	List<LeaPageLink> linksFor(String cdsCode);

}
