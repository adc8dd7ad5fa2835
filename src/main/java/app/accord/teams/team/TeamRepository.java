package app.accord.teams.team;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Teams, found by their active LEA or by a current member. */
public interface TeamRepository extends JpaRepository<Team, Long> {

	Optional<Team> findByActiveLeaCdsCode(String cdsCode);

	List<Team> findByActiveLeaCdsCodeIn(Collection<String> cdsCodes);

	@Query("select t from Team t where t.activeLeaCdsCode is not null and exists (select 1 from Membership m where m.team = t and m.personId = :personId and m.leftOn is null) order by t.id")
	List<Team> findActiveTeamsOfPerson(long personId);

	@Query("select t from Team t where t.activeLeaCdsCode is not null order by t.leaName, t.id")
	List<Team> findActive();

	/**
	 * The list columns of the active teams in a region and county ({@code null} for any),
	 * without loading the teams.
	 */
	@Query("""
			select new app.accord.teams.team.TeamRepository$ActiveTeam(t.id, t.name, t.leaCdsCode, t.leaName, t.county, t.region)
			from Team t where t.activeLeaCdsCode is not null
			and (cast(:region as String) is null or t.region = cast(:region as String))
			and (cast(:county as String) is null or upper(t.county) = upper(cast(:county as String)))
			order by t.leaName, t.id""")
	List<ActiveTeam> findActiveRows(String region, String county);

	/** A page of {@link #findActiveRows}. */
	@Query(value = """
			select new app.accord.teams.team.TeamRepository$ActiveTeam(t.id, t.name, t.leaCdsCode, t.leaName, t.county, t.region)
			from Team t where t.activeLeaCdsCode is not null
			and (cast(:region as String) is null or t.region = cast(:region as String))
			and (cast(:county as String) is null or upper(t.county) = upper(cast(:county as String)))
			order by t.leaName, t.id""",
			countQuery = """
					select count(t) from Team t where t.activeLeaCdsCode is not null
					and (cast(:region as String) is null or t.region = cast(:region as String))
					and (cast(:county as String) is null or upper(t.county) = upper(cast(:county as String)))""")
	Page<ActiveTeam> pageActiveRows(String region, String county, Pageable pageable);

	/** {@link #findCurrentSeats} of these teams only. */
	@Query("""
			select new app.accord.teams.team.TeamRepository$CurrentSeat(t.id, m.role, m.side, m.coLead, m.name)
			from Membership m join m.team t where m.leftOn is null and t.id in :teamIds
			order by t.id, m.joinedOn, m.id""")
	List<CurrentSeat> findCurrentSeatsOf(Collection<Long> teamIds);

	/** {@link #findMeetingCounts} of these teams only. */
	@Query("""
			select mt.teamId, sum(case when mt.heldOn >= :from and mt.heldOn <= :to then 1 else 0 end), max(mt.heldOn)
			from Meeting mt where mt.teamId in :teamIds group by mt.teamId""")
	List<Object[]> findMeetingCountsOf(Collection<Long> teamIds, java.time.LocalDate from, java.time.LocalDate to);

	/**
	 * The current seats of the same teams as {@link #findActiveRows}, in the order people
	 * joined.
	 */
	@Query("""
			select new app.accord.teams.team.TeamRepository$CurrentSeat(t.id, m.role, m.side, m.coLead, m.name)
			from Membership m join m.team t where m.leftOn is null and t.activeLeaCdsCode is not null
			and (cast(:region as String) is null or t.region = cast(:region as String))
			and (cast(:county as String) is null or upper(t.county) = upper(cast(:county as String)))
			order by t.id, m.joinedOn, m.id""")
	List<CurrentSeat> findCurrentSeats(String region, String county);

	/**
	 * Per active team of the same region and county, the number of meetings from
	 * {@code from} to {@code to} (both included) and the date of its last meeting.
	 */
	@Query("""
			select mt.teamId, sum(case when mt.heldOn >= :from and mt.heldOn <= :to then 1 else 0 end), max(mt.heldOn)
			from Meeting mt join Team t on t.id = mt.teamId where t.activeLeaCdsCode is not null
			and (cast(:region as String) is null or t.region = cast(:region as String))
			and (cast(:county as String) is null or upper(t.county) = upper(cast(:county as String)))
			group by mt.teamId""")
	List<Object[]> findMeetingCounts(String region, String county, java.time.LocalDate from, java.time.LocalDate to);

	record ActiveTeam(long id, String name, String leaCdsCode, String leaName, String county, String region) {
	}

	record CurrentSeat(long teamId, app.accord.teams.MemberRole role, app.accord.teams.Side side, boolean coLead,
			String name) {
	}

}
