package app.accord.teams.assessment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import app.accord.accounts.SignedInUser;
import app.accord.shared.NotFoundException;
import app.accord.teams.team.TeamRepository;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Co-leads record the team's dated self-assessment on the seven practices. */
@Service
class SelfAssessments {

	private final TeamRepository teams;

	private final AssessmentRepository assessments;

	private final Clock clock;

	SelfAssessments(TeamRepository teams, AssessmentRepository assessments, Clock clock) {
		this.teams = teams;
		this.assessments = assessments;
		this.clock = clock;
	}

	/**
	 * @return the assessment's id
	 */
	@PreAuthorize("@teamPolicy.canManage(principal, #teamId)")
	@Transactional
	long record(long teamId, LocalDate assessedOn, List<Assessment.Rating> ratings, SignedInUser actor) {
		if (!teams.existsById(teamId)) {
			throw new NotFoundException("No team " + teamId);
		}
		var assessment = assessments.save(new Assessment(teamId, assessedOn == null ? LocalDate.now(clock) : assessedOn,
				ratings, actor.personId().value(), clock.instant(), LocalDate.now(clock)));
		return assessment.getId();
	}

}
