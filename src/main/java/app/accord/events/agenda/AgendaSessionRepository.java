package app.accord.events.agenda;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface AgendaSessionRepository extends JpaRepository<AgendaSession, Long> {

	@Query("select s from AgendaSession s where s.eventId = :eventId order by s.startsAt, s.title, s.id")
	List<AgendaSession> ofEvent(long eventId);

}
