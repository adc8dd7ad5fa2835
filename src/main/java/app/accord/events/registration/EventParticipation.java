package app.accord.events.registration;

import java.sql.Timestamp;
import java.util.List;

import app.accord.teams.Participation;
import app.accord.teams.TeamId;
import app.accord.teams.TeamParticipation;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The events a team was confirmed for (not waitlisted, not cancelled, and the event not
 * cancelled either), for the team's participation history on its page.
 */
@Component
public class EventParticipation implements TeamParticipation {

	private final JdbcTemplate jdbc;

	EventParticipation(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Participation> of(TeamId team) {
		return jdbc.query("""
				select e.id, e.title, e.starts_at,
				       count(a.id) as attendees,
				       count(a.checked_in_at) as checked_in
				from event_registration r
				join event e on e.id = r.event_id
				left join event_attendee a on a.registration_id = r.id
				where r.team_id = ? and r.status = 'CONFIRMED' and e.status = 'PUBLISHED'
				group by e.id, e.title, e.starts_at
				order by e.starts_at desc""",
				(rs, i) -> new Participation(rs.getString("title"),
						rs.getObject("starts_at", Timestamp.class).toLocalDateTime().toLocalDate(),
						"/events/" + rs.getLong("id"), rs.getInt("attendees"), rs.getInt("checked_in")),
				team.value());
	}

}
