package app.accord.library.internal;

import java.time.LocalDate;

/** A case study as staff enter it. */
record CaseStudyDetails(String leaCdsCode, String title, Integer studentsServed, String whatLed, String intoPractice,
		String impact, String challenges, String innovations, String outcomes, LocalDate publishedOn,
		Visibility visibility) {
}
