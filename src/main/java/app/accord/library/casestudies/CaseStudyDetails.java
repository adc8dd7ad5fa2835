package app.accord.library.casestudies;

import app.accord.library.catalog.Visibility;

import java.time.LocalDate;

/** A case study as staff enter it. */
public record CaseStudyDetails(String leaCdsCode, String title, Integer studentsServed, String whatLed,
		String intoPractice, String impact, String challenges, String innovations, String outcomes,
		LocalDate publishedOn, Visibility visibility) {
}
