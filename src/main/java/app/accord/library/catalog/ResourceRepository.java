package app.accord.library.catalog;

import app.accord.library.search.IndexState;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ResourceRepository extends JpaRepository<Resource, Long> {

	@Query("select r from Resource r order by r.publishedOn desc nulls last, r.id desc")
	List<Resource> catalogue();

	List<Resource> findByKindOrderByPublishedOnDescIdDesc(ResourceKind kind);

	@Query("select r.id from Resource r where r.indexState = app.accord.library.search.IndexState.PENDING")
	List<Long> pendingIds();

	@Query("select r.id from Resource r where r.updatedAt > :since")
	List<Long> changedSince(@Param("since") Instant since);

	@Query("select r.id from Resource r")
	List<Long> allIds();

	/**
	 * Counted in the database, so downloads at the same time on several nodes all count.
	 */
	@Modifying
	@Query("update Resource r set r.downloads = r.downloads + 1 where r.id = :id")
	int countDownload(@Param("id") long id);

}
