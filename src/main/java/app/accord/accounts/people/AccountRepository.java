package app.accord.accounts.people;

import java.time.Instant;
import java.util.Optional;

import app.accord.accounts.Role;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.transaction.annotation.Transactional;

public interface AccountRepository extends JpaRepository<Account, Long> {

	@Query("select a from Account a where a.person.emailNormalized = :email")
	Optional<Account> findByEmail(String email);

	/** A plain update: concurrent sign-ins must not collide on the entity's version. */
	@Modifying
	@Transactional
	@Query("update Account a set a.lastSignedInAt = :at where a.personId = :personId")
	void markSignedIn(Long personId, Instant at);

	boolean existsByRoleAndEnabledTrue(Role role);

	@Query("""
			select a from Account a
			where (:role is null or a.role = :role)
			and (:q = '' or lower(a.person.displayName) like concat('%', :q, '%')
			     or a.person.emailNormalized like concat('%', :q, '%'))
			order by a.person.displayName""")
	Page<Account> search(String q, Role role, Pageable pageable);

}
