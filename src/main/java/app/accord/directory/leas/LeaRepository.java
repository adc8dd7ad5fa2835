package app.accord.directory.leas;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import app.accord.directory.LeaType;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

public interface LeaRepository extends JpaRepository<Lea, Long>, JpaSpecificationExecutor<Lea> {

	@EntityGraph(attributePaths = "county")
	Optional<Lea> findByCdsCode(String cdsCode);

	@EntityGraph(attributePaths = "county")
	List<Lea> findByCdsCodeIn(Collection<String> cdsCodes);

	boolean existsByCdsCode(String cdsCode);

	@Override
	@EntityGraph(attributePaths = "county")
	Page<Lea> findAll(Specification<Lea> spec, Pageable pageable);

	@Override
	@EntityGraph(attributePaths = "county")
	List<Lea> findAll(Specification<Lea> spec);

	@Query("select l.county.id as countyId, count(l) as leas from Lea l group by l.county.id")
	List<CountyCount> countByCounty();

	@Query("select l.county.id as countyId, l.cdsCode as cdsCode from Lea l where l.type = :type")
	List<CountyLea> findCodesByType(LeaType type);

	interface CountyCount {

		Long getCountyId();

		long getLeas();

	}

	interface CountyLea {

		Long getCountyId();

		String getCdsCode();

	}

}
