package app.accord.teams.team;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/**
 * Memberships, for the questions the policy asks: is this person a current member or
 * co-lead?
 */
public interface MembershipRepository extends JpaRepository<Membership, Long> {

	@Query("select count(m) > 0 from Membership m where m.team.id = :teamId and m.personId = :personId and m.leftOn is null")
	boolean isCurrentMember(long teamId, long personId);

	@Query("select count(m) > 0 from Membership m where m.team.id = :teamId and m.personId = :personId and m.leftOn is null and m.coLead = true")
	boolean isCurrentCoLead(long teamId, long personId);

}
