package app.accord.teams.profile;

import org.springframework.data.jpa.repository.JpaRepository;

/** Members' participation needs, keyed by person. */
public interface MemberProfileRepository extends JpaRepository<MemberProfile, Long> {

}
