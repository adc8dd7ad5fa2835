package app.accord.library.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface TopicRepository extends JpaRepository<Topic, Long> {

	List<Topic> findAllByOrderByNameEn();

	boolean existsByNameEnIgnoreCase(String nameEn);

}
