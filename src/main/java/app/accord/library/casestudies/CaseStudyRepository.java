package app.accord.library.casestudies;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface CaseStudyRepository extends JpaRepository<CaseStudy, Long> {

	List<CaseStudy> findAllByOrderByLeaNameAscIdAsc();

	List<CaseStudy> findByLeaCdsCodeOrderByPublishedOnDescIdDesc(String leaCdsCode);

	@Query("select c.id from CaseStudy c where c.updatedAt > :since")
	List<Long> changedSince(@Param("since") Instant since);

	@Query("select c.id from CaseStudy c")
	List<Long> allIds();

}
