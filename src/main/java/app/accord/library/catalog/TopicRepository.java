package app.accord.library.catalog;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface TopicRepository extends JpaRepository<Topic, Long> {

	List<Topic> findAllByOrderByNameEn();

	boolean existsByNameEnIgnoreCase(String nameEn);

}
