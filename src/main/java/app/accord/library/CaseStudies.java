package app.accord.library;

import java.util.Optional;

/** What other modules may ask about case studies. */
public interface CaseStudies {

	/** The newest public case study of the LEA, if it has one. */
	Optional<Long> publicCaseStudyOf(String cdsCode);

}
