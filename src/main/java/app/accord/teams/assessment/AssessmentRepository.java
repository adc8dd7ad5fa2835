package app.accord.teams.assessment;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/** Self-assessments, oldest first so progress reads left to right. */
public interface AssessmentRepository extends JpaRepository<Assessment, Long> {

	List<Assessment> findByTeamIdOrderByAssessedOnAscIdAsc(long teamId);

	/** The assessments of all those teams, each team's oldest first. */
	List<Assessment> findByTeamIdInOrderByTeamIdAscAssessedOnAscIdAsc(Collection<Long> teamIds);

}
