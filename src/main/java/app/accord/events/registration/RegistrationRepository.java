package app.accord.events.registration;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface RegistrationRepository extends JpaRepository<Registration, Long> {

	@Query("select r from Registration r where r.eventId = :eventId order by r.id")
	List<Registration> ofEvent(long eventId);

	/** A page of {@link #ofEvent}. */
	@Query(value = "select r from Registration r where r.eventId = :eventId order by r.id",
			countQuery = "select count(r) from Registration r where r.eventId = :eventId")
	Page<Registration> pageOfEvent(long eventId, Pageable pageable);

	/**
	 * The event's waitlisted registrations listed before this one, for its page's places.
	 */
	@Query("""
			select count(r) from Registration r where r.eventId = :eventId and r.id < :registrationId
			and r.status = app.accord.events.registration.RegistrationStatus.WAITLISTED""")
	long countWaitlistedBefore(long eventId, long registrationId);

	/** The event's registrations listed before this one, to find the page it is on. */
	@Query("select count(r) from Registration r where r.eventId = :eventId and r.id < :registrationId")
	long countBefore(long eventId, long registrationId);

	boolean existsByIdAndEventId(long id, long eventId);

	/** Every registration of the event with its attendees, in one statement. */
	@Query("select distinct r from Registration r left join fetch r.attendees where r.eventId = :eventId order by r.id")
	List<Registration> withAttendeesOfEvent(long eventId);

	/** The waitlist in arrival order (ids are taken while the event is locked). */
	@Query("select r from Registration r where r.eventId = :eventId "
			+ "and r.status = app.accord.events.registration.RegistrationStatus.WAITLISTED order by r.id")
	List<Registration> waitlist(long eventId);

	/**
	 * How many registrations wait ahead of this one, itself included: its place in line.
	 */
	@Query("select count(r) from Registration r where r.eventId = :eventId "
			+ "and r.status = app.accord.events.registration.RegistrationStatus.WAITLISTED and r.id <= :id")
	long waitlistPlace(long eventId, long id);

	@Query("select r from Registration r where r.eventId = :eventId and r.activeTeamId = :teamId")
	Optional<Registration> liveOfTeam(long eventId, long teamId);

	@Query("select r from Registration r where r.eventId = :eventId and r.activePersonId = :personId")
	Optional<Registration> liveOfPerson(long eventId, long personId);

	@Query("select r.eventId from Registration r where r.id = :id")
	Optional<Long> eventIdOf(long id);

	Optional<Registration> findByEventIdAndIdempotencyKey(long eventId, String idempotencyKey);

	Optional<Registration> findByAccessToken(String accessToken);

	@Query("select count(r) from Registration r where r.eventId = :eventId")
	long countOfEvent(long eventId);

	@Query("select r from Registration r where r.teamId = :teamId order by r.id desc")
	List<Registration> ofTeam(long teamId);

}
