package app.accord.directory.leas;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CountyRepository extends JpaRepository<County, Long> {

	List<County> findAllByOrderByName();

	Optional<County> findByNameIgnoreCase(String name);

}
