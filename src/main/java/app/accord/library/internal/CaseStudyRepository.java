package app.accord.library.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface CaseStudyRepository extends JpaRepository<CaseStudy, Long> {

	List<CaseStudy> findAllByOrderByLeaNameAscIdAsc();

	List<CaseStudy> findByLeaCdsCodeOrderByPublishedOnDescIdDesc(String leaCdsCode);

}
