package app.accord.teams.meetings;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Learning-team meetings and the dates the "meeting regularly" rule reads. */
public interface MeetingRepository extends JpaRepository<Meeting, Long> {

	List<Meeting> findByTeamIdOrderByHeldOnDescIdDesc(long teamId);

	/** The meetings of all those teams, each team's latest first. */
	List<Meeting> findByTeamIdInOrderByTeamIdAscHeldOnDescIdDesc(Collection<Long> teamIds);

	@Query("select m.teamId, m.heldOn from Meeting m where m.teamId in :teamIds and m.heldOn >= :from")
	List<Object[]> findDatesSince(java.util.Collection<Long> teamIds, java.time.LocalDate from);

	@Query("select m.teamId, max(m.heldOn) from Meeting m where m.teamId in :teamIds group by m.teamId")
	List<Object[]> findLastMeetingDates(java.util.Collection<Long> teamIds);

}
