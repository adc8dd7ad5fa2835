package app.accord.events.internal;

import java.sql.Timestamp;
import java.util.List;

import app.accord.events.Attendance;
import app.accord.events.EventId;
import app.accord.events.Events;
import app.accord.teams.TeamId;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answers other modules' questions about events with plain SQL over this module's tables.
 */
@Service
class EventsFacade implements Events {

	private final JdbcTemplate jdbc;

	EventsFacade(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Attendance> participationOf(TeamId team) {
		return jdbc.query("""
				select e.id, e.title, e.starts_at,
				       count(a.id) as attendees,
				       count(a.checked_in_at) as checked_in
				from event_registration r
				join event e on e.id = r.event_id
				left join event_attendee a on a.registration_id = r.id
				where r.team_id = ? and r.status = 'CONFIRMED'
				group by e.id, e.title, e.starts_at
				order by e.starts_at desc""",
				(rs, i) -> new Attendance(new EventId(rs.getLong("id")), rs.getString("title"),
						rs.getObject("starts_at", Timestamp.class).toLocalDateTime().toLocalDate(),
						rs.getInt("attendees"), rs.getInt("checked_in")),
				team.value());
	}

}
