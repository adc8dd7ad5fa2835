package app.accord.events.agenda;

import app.accord.events.catalog.EventRepository;
import app.accord.events.catalog.EventRuleViolation;
import app.accord.events.registration.RegistrationRepository;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import app.accord.shared.NotFoundException;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The agenda: staff add sessions; attendees pick at most one per slot while the session
 * has room. Picks lock the event's row like registrations do, so no session overfills.
 */
@Service
public class Agenda {

	private final EventRepository events;

	private final AgendaSessionRepository sessions;

	private final RegistrationRepository registrations;

	private final JdbcTemplate jdbc;

	Agenda(EventRepository events, AgendaSessionRepository sessions, RegistrationRepository registrations,
			JdbcTemplate jdbc) {
		this.events = events;
		this.sessions = sessions;
		this.registrations = registrations;
		this.jdbc = jdbc;
	}

	/** One session of the agenda with the seats its live attendees take. */
	public record SessionRow(long id, String title, String presenters, String room, LocalDateTime startsAt,
			LocalDateTime endsAt, int capacity, int taken) {

		public boolean full() {
			return taken >= capacity;
		}

		public int left() {
			return Math.max(0, capacity - taken);
		}

	}

	/** Sessions that start together. */
	public record Slot(LocalDateTime startsAt, List<SessionRow> sessions) {
	}

	public record Day(LocalDate day, List<Slot> slots) {
	}

	@Transactional
	@PreAuthorize("@eventPolicy.isStaff(principal)")
	public long addSession(long eventId, String title, String presenters, String room, LocalDateTime startsAt,
			LocalDateTime endsAt, int capacity) {
		var event = events.requireLocked(eventId);
		return sessions.saveAndFlush(new AgendaSession(event, title, presenters, room, startsAt, endsAt, capacity))
			.getId();
	}

	@Transactional(readOnly = true)
	public List<Day> days(long eventId) {
		var taken = taken(eventId);
		var days = new LinkedHashMap<LocalDate, LinkedHashMap<LocalDateTime, List<SessionRow>>>();
		for (var s : sessions.ofEvent(eventId)) {
			days.computeIfAbsent(s.getStartsAt().toLocalDate(), d -> new LinkedHashMap<>())
				.computeIfAbsent(s.getStartsAt(), t -> new ArrayList<>())
				.add(new SessionRow(s.getId(), s.getTitle(), s.getPresenters(), s.getRoom(), s.getStartsAt(),
						s.getEndsAt(), s.getCapacity(), taken.getOrDefault(s.getId(), 0)));
		}
		var result = new ArrayList<Day>();
		days.forEach((day, slots) -> {
			var list = new ArrayList<Slot>();
			slots.forEach((start, rows) -> list.add(new Slot(start, rows)));
			result.add(new Day(day, list));
		});
		return result;
	}

	/**
	 * Replaces the attendee's picks: at most one session per slot, each with room (a
	 * session the attendee already holds keeps their seat).
	 */
	@Transactional
	@PreAuthorize("@eventPolicy.canManageRegistration(principal, #registrationId)")
	public void pick(long registrationId, long attendeeId, List<Long> sessionIds) {
		var eventId = registrations.eventIdOf(registrationId)
			.orElseThrow(() -> new NotFoundException("No registration " + registrationId));
		events.requireLocked(eventId);
		var registration = registrations.findById(registrationId).orElseThrow();
		if (!registration.isLive()) {
			throw new EventRuleViolation(null, "events.registration.cancelled");
		}
		var attendee = registration.attendee(attendeeId);
		var byId = new LinkedHashMap<Long, AgendaSession>();
		sessions.ofEvent(eventId).forEach(s -> byId.put(s.getId(), s));
		var taken = taken(eventId);
		var chosen = new ArrayList<AgendaSession>();
		var slots = new HashSet<LocalDateTime>();
		for (var id : sessionIds) {
			if (id == null) {
				continue;
			}
			var session = byId.get(id);
			if (session == null) {
				throw new NotFoundException("No session " + id + " in event " + eventId);
			}
			if (!slots.add(session.getStartsAt())) {
				throw new EventRuleViolation("sessions", "events.session.clash");
			}
			chosen.add(session);
		}
		var picks = new HashSet<Long>();
		for (var session : chosen) {
			var id = session.getId();
			var alreadyMine = attendee.getSessionIds().contains(id);
			if (!alreadyMine && taken.getOrDefault(id, 0) >= session.getCapacity()) {
				var others = byId.values()
					.stream()
					.filter(o -> o.getStartsAt().equals(session.getStartsAt()) && !o.getId().equals(id))
					.filter(o -> taken.getOrDefault(o.getId(), 0) < o.getCapacity())
					.map(AgendaSession::getTitle)
					.toList();
				throw new EventRuleViolation("sessions",
						others.isEmpty() ? "events.session.fullNoOthers" : "events.session.full", session.getTitle(),
						String.join(", ", others));
			}
			picks.add(id);
		}
		attendee.pickSessions(picks);
	}

	/** Seats taken per session by attendees of live registrations. */
	private Map<Long, Integer> taken(long eventId) {
		var result = new java.util.HashMap<Long, Integer>();
		jdbc.query("""
				select p.session_id, count(*) as taken
				from event_session_pick p
				join event_attendee a on a.id = p.attendee_id
				join event_registration r on r.id = a.registration_id
				where a.event_id = ? and r.status <> 'CANCELLED'
				group by p.session_id""", rs -> {
			result.put(rs.getLong("session_id"), rs.getInt("taken"));
		}, eventId);
		return result;
	}

}
