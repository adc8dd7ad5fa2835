package app.accord.teams.assessment;

import app.accord.teams.team.MemberDetails;
import app.accord.teams.team.TeamRuleViolation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

/**
 * A team's self-assessment on the seven practices on one day; assessments are kept, so
 * progress shows over time.
 */
@Entity
@Table(name = "team_assessment")
public class Assessment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long teamId;

	private LocalDate assessedOn;

	private Long recordedBy;

	private Instant recordedAt;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "team_assessment_rating", joinColumns = @JoinColumn(name = "assessment_id"))
	private List<Rating> ratings = new ArrayList<>();

	protected Assessment() {
	}

	/** Every practice must be rated exactly once. */
	public Assessment(long teamId, LocalDate assessedOn, List<Rating> ratings, long recordedBy, Instant now,
			LocalDate today) {
		if (assessedOn == null) {
			throw new TeamRuleViolation("assessedOn", "teams.assessment.date.required");
		}
		if (assessedOn.isAfter(today)) {
			throw new TeamRuleViolation("assessedOn", "teams.assessment.inFuture");
		}
		var rated = EnumSet.noneOf(Practice.class);
		for (var rating : ratings) {
			if (rating.getPractice() == null || rating.getStage() == null) {
				throw new TeamRuleViolation("ratings", "teams.assessment.allPractices");
			}
			if (!rated.add(rating.getPractice())) {
				throw new TeamRuleViolation("ratings", "teams.assessment.practiceTwice", rating.getPractice().name());
			}
		}
		if (rated.size() != Practice.values().length) {
			throw new TeamRuleViolation("ratings", "teams.assessment.allPractices");
		}
		this.teamId = teamId;
		this.assessedOn = assessedOn;
		this.ratings = new ArrayList<>(ratings);
		this.ratings.sort(Comparator.comparing(Rating::getPractice));
		this.recordedBy = recordedBy;
		this.recordedAt = now;
	}

	public Optional<Rating> ratingOf(Practice practice) {
		return ratings.stream().filter(r -> r.getPractice() == practice).findFirst();
	}

	public Long getId() {
		return id;
	}

	public Long getTeamId() {
		return teamId;
	}

	public LocalDate getAssessedOn() {
		return assessedOn;
	}

	public List<Rating> getRatings() {
		return List.copyOf(ratings);
	}

	/** One practice's stage with the evidence for it. */
	@Embeddable
	public static class Rating {

		@Enumerated(EnumType.STRING)
		private Practice practice;

		@Enumerated(EnumType.STRING)
		private Stage stage;

		@Column(length = 2000)
		private String evidence;

		protected Rating() {
		}

		public Rating(Practice practice, Stage stage, String evidence) {
			this.practice = practice;
			this.stage = stage;
			this.evidence = MemberDetails.trimToNull(evidence);
		}

		public Practice getPractice() {
			return practice;
		}

		public Stage getStage() {
			return stage;
		}

		public String getEvidence() {
			return evidence;
		}

	}

}
