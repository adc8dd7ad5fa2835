package app.accord.events.registration;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface AttendeeRepository extends JpaRepository<Attendee, Long> {

	Optional<Attendee> findByCheckInToken(String token);

	/**
	 * Every attendee of the event with their registration (already loaded with the
	 * event's registrations), in the order registrations list them.
	 */
	@Query("select a from Attendee a join fetch a.registration where a.eventId = :eventId order by a.id")
	List<Attendee> ofEvent(long eventId);

	/**
	 * The sessions attendees of the event picked: pairs of attendee id and session id.
	 */
	@Query("select a.id, s from Attendee a join a.sessionIds s where a.eventId = :eventId")
	List<Object[]> picksOfEvent(long eventId);

	/** The attendees of these registrations with their registration, in order. */
	@Query("select a from Attendee a join fetch a.registration where a.registration.id in :registrationIds order by a.id")
	List<Attendee> ofRegistrations(Collection<Long> registrationIds);

	/** The sessions attendees of these registrations picked, as {@link #picksOfEvent}. */
	@Query("select a.id, s from Attendee a join a.sessionIds s where a.registration.id in :registrationIds")
	List<Object[]> picksOfRegistrations(Collection<Long> registrationIds);

	/**
	 * The sessions each attendee of the event picked, by attendee id, in one statement.
	 */
	default Map<Long, Set<Long>> picksByAttendee(long eventId) {
		return picksByAttendee(picksOfEvent(eventId));
	}

	/** Pairs of attendee id and session id, by attendee id. */
	default Map<Long, Set<Long>> picksByAttendee(List<Object[]> pairs) {
		var picks = new HashMap<Long, Set<Long>>();
		for (var pick : pairs) {
			picks.computeIfAbsent((Long) pick[0], id -> new HashSet<>()).add((Long) pick[1]);
		}
		return picks;
	}

	/** Whether the person already attends the event in a live registration. */
	@Query("select count(a) > 0 from Attendee a where a.eventId = :eventId and a.activePersonId = :personId")
	boolean attends(long eventId, long personId);

	@Query("select a from Attendee a join fetch a.registration where a.eventId = :eventId and a.activePersonId = :personId")
	List<Attendee> attending(long eventId, long personId);

	/** Which of these people already attend the event in a live registration. */
	@Query("select a.activePersonId from Attendee a where a.eventId = :eventId and a.activePersonId in :personIds")
	List<Long> attendingAmong(long eventId, Collection<Long> personIds);

	/** Attendees of confirmed registrations, by name. */
	@Query("select a from Attendee a join fetch a.registration r where a.eventId = :eventId "
			+ "and r.status = app.accord.events.registration.RegistrationStatus.CONFIRMED order by lower(a.name), a.id")
	List<Attendee> confirmed(long eventId);

	@Query("select a from Attendee a join fetch a.registration r where a.eventId = :eventId "
			+ "and r.status = app.accord.events.registration.RegistrationStatus.CONFIRMED "
			+ "and lower(a.name) like lower(concat('%', :text, '%')) order by lower(a.name), a.id")
	List<Attendee> search(long eventId, String text);

}
