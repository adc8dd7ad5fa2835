package app.accord.directory.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface CountyRepository extends JpaRepository<County, Long> {

	List<County> findAllByOrderByName();

	Optional<County> findByNameIgnoreCase(String name);

}
