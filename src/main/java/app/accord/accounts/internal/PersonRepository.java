package app.accord.accounts.internal;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface PersonRepository extends JpaRepository<Person, Long> {

	Optional<Person> findByEmailNormalized(String emailNormalized);

}
