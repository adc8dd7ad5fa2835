package app.accord.teams.team;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Teams, found by their active LEA or by a current member. */
public interface TeamRepository extends JpaRepository<Team, Long> {

	Optional<Team> findByActiveLeaCdsCode(String cdsCode);

	@Query("select t from Team t where t.activeLeaCdsCode is not null and exists (select 1 from Membership m where m.team = t and m.personId = :personId and m.leftOn is null) order by t.id")
	List<Team> findActiveTeamsOfPerson(long personId);

	@Query("select t from Team t where t.activeLeaCdsCode is not null order by t.leaName, t.id")
	List<Team> findActive();

	@Query("select distinct t from Team t left join fetch t.memberships where t.activeLeaCdsCode is not null order by t.leaName")
	List<Team> findActiveWithMemberships();

}
