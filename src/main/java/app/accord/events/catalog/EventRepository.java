package app.accord.events.catalog;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import app.accord.shared.NotFoundException;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface EventRepository extends JpaRepository<Event, Long> {

	/**
	 * The event with its row locked until the transaction ends (SELECT ... FOR UPDATE):
	 * every change to its seats goes through here, one at a time, and the event is the
	 * only row locked so no two registrations can deadlock.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select e from Event e where e.id = :id")
	Optional<Event> lock(long id);

	/** The event, or not found. */
	default Event require(long id) {
		return findById(id).orElseThrow(() -> new NotFoundException("No event " + id));
	}

	/** The event locked as {@link #lock(long)} does, or not found. */
	default Event requireLocked(long id) {
		return lock(id).orElseThrow(() -> new NotFoundException("No event " + id));
	}

	@Query("select e from Event e where e.status <> app.accord.events.catalog.EventStatus.DRAFT order by e.startsAt, e.id")
	List<Event> listed();

	@Query("select e from Event e order by e.startsAt desc, e.id desc")
	List<Event> newestFirst();

	@Query("select e from Event e where e.status = app.accord.events.catalog.EventStatus.PUBLISHED "
			+ "and e.reminderSentAt is null and e.startsAt > :now")
	List<Event> awaitingReminder(LocalDateTime now);

	/**
	 * True for the one caller that marks the reminder sent; every other node gets false.
	 */
	@Modifying
	@Query("update Event e set e.reminderSentAt = :at where e.id = :id and e.reminderSentAt is null")
	int markReminderSent(long id, java.time.Instant at);

}
