package app.accord.directory.organizations;

import java.util.List;
import java.util.Optional;

import app.accord.directory.OrganizationKind;

import org.springframework.data.jpa.repository.JpaRepository;

interface OrganizationRepository extends JpaRepository<Organization, Long> {

	List<Organization> findAllByOrderByNameAsc();

	List<Organization> findByKindOrderByNameAsc(OrganizationKind kind);

	Optional<Organization> findByNameIgnoreCase(String name);

}
