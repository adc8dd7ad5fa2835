package app.accord.teams.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface TeamRepository extends JpaRepository<Team, Long> {

	Optional<Team> findByActiveLeaCdsCode(String cdsCode);

	@Query("select t from Team t where t.activeLeaCdsCode is not null and exists (select 1 from Membership m where m.team = t and m.personId = :personId and m.leftOn is null) order by t.id")
	List<Team> findActiveTeamsOfPerson(long personId);

	@Query("select distinct t from Team t left join fetch t.memberships where t.activeLeaCdsCode is not null order by t.leaName")
	List<Team> findActiveWithMemberships();

}

interface MembershipRepository extends JpaRepository<Membership, Long> {

	@Query("select count(m) > 0 from Membership m where m.team.id = :teamId and m.personId = :personId and m.leftOn is null")
	boolean isCurrentMember(long teamId, long personId);

	@Query("select count(m) > 0 from Membership m where m.team.id = :teamId and m.personId = :personId and m.leftOn is null and m.coLead = true")
	boolean isCurrentCoLead(long teamId, long personId);

}

interface MeetingRepository extends JpaRepository<Meeting, Long> {

	List<Meeting> findByTeamIdOrderByHeldOnDescIdDesc(long teamId);

	@Query("select m.teamId, m.heldOn from Meeting m where m.heldOn >= :from")
	List<Object[]> findDatesSince(java.time.LocalDate from);

	@Query("select m.teamId, max(m.heldOn) from Meeting m group by m.teamId")
	List<Object[]> findLastMeetingDates();

}

interface AssessmentRepository extends JpaRepository<Assessment, Long> {

	List<Assessment> findByTeamIdOrderByAssessedOnAscIdAsc(long teamId);

}

interface MemberProfileRepository extends JpaRepository<MemberProfile, Long> {

}

interface TeamSettingsRepository extends JpaRepository<TeamSettings, Integer> {

}
