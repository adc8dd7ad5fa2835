package app.accord.networks.coaching;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface EngagementRepository extends JpaRepository<Engagement, Long> {

	List<Engagement> findByLeaCdsCode(String leaCdsCode);

	@Query("select e from Engagement e join e.consultantIds c where c = :personId order by e.startsOn desc")
	List<Engagement> findAssignedTo(long personId);

	@Query("select count(e) > 0 from Engagement e join e.consultantIds c where e.id = :id and c = :personId")
	boolean isAssigned(long id, long personId);

	List<Engagement> findAllByOrderByStartsOnDescIdDesc();

	List<Engagement> findByLeaCdsCodeInOrderByStartsOnDesc(List<String> cdsCodes);

}
