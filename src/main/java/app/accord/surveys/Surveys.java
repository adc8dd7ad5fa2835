package app.accord.surveys;

import java.util.List;

/** What other modules may ask about surveys. */
public interface Surveys {

	/** Administrations that include the LEA, newest first. */
	List<AdministrationSummary> administrationsOf(String cdsCode);

}
