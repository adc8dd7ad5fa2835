package app.accord.library.casestudies;

import app.accord.library.catalog.Visibility;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * The profile of an LEA's collaboration: students at the time of the study, the four
 * interview questions (what led to it, how it translated into practice, its impact,
 * challenges and lessons), innovations and outcomes.
 */
@Entity
@Table(name = "library_case_study")
public class CaseStudy {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String leaCdsCode;

	private String leaName;

	private String title;

	/** As the study gives it; the directory has today's enrollment. */
	private Integer studentsServed;

	private String whatLed;

	private String intoPractice;

	private String impact;

	private String challenges;

	private String innovations;

	private String outcomes;

	private LocalDate publishedOn;

	@Enumerated(EnumType.STRING)
	private Visibility visibility;

	/** When it last changed: other nodes index it again from then. */
	private Instant updatedAt;

	@Version
	private long version;

	protected CaseStudy() {
	}

	public CaseStudy(CaseStudyDetails details, String leaName, Instant now) {
		describe(details, leaName, now);
	}

	void describe(CaseStudyDetails details, String leaName, Instant now) {
		this.updatedAt = now;
		this.leaCdsCode = details.leaCdsCode();
		this.leaName = leaName;
		this.title = details.title().strip();
		this.studentsServed = details.studentsServed();
		this.whatLed = details.whatLed().strip();
		this.intoPractice = details.intoPractice().strip();
		this.impact = details.impact().strip();
		this.challenges = details.challenges().strip();
		this.innovations = blankToNull(details.innovations());
		this.outcomes = blankToNull(details.outcomes());
		this.publishedOn = details.publishedOn();
		this.visibility = details.visibility();
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	public Long getId() {
		return id;
	}

	public String getLeaCdsCode() {
		return leaCdsCode;
	}

	public String getLeaName() {
		return leaName;
	}

	public String getTitle() {
		return title;
	}

	public Integer getStudentsServed() {
		return studentsServed;
	}

	public String getWhatLed() {
		return whatLed;
	}

	public String getIntoPractice() {
		return intoPractice;
	}

	public String getImpact() {
		return impact;
	}

	public String getChallenges() {
		return challenges;
	}

	public String getInnovations() {
		return innovations;
	}

	public String getOutcomes() {
		return outcomes;
	}

	public LocalDate getPublishedOn() {
		return publishedOn;
	}

	public Visibility getVisibility() {
		return visibility;
	}

	public boolean isMembersOnly() {
		return visibility == Visibility.MEMBERS;
	}

	public Instant getUpdatedAt() {
		return updatedAt;
	}

}
