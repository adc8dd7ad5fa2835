package app.accord.teams.internal;

import org.springframework.data.jpa.repository.JpaRepository;

/** Members' participation needs, keyed by person. */
interface MemberProfileRepository extends JpaRepository<MemberProfile, Long> {

}
