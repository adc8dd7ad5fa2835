package app.accord.events.catalog;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import app.accord.events.ConveningAttendance;
import app.accord.events.ConveningSummary;
import app.accord.events.Convenings;
import app.accord.events.EventId;
import app.accord.teams.TeamId;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Events and team attendance for other modules, read with SQL. */
@Component
@Transactional(readOnly = true)
class ConveningQueries implements Convenings {

	private static final String COLUMNS = "select id, title, kind, starts_at, ends_at, venue, status from event ";

	private final NamedParameterJdbcTemplate jdbc;

	ConveningQueries(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<ConveningSummary> find(Collection<EventId> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return jdbc.query(COLUMNS + "where id in (:ids) order by starts_at, id",
				Map.of("ids", ids.stream().map(EventId::value).toList()), ConveningQueries::summary);
	}

	@Override
	public List<ConveningSummary> networkConvenings() {
		return ofKind(EventKind.REGIONAL_NETWORK_CONVENING);
	}

	@Override
	public List<ConveningSummary> summerInstitutes() {
		return ofKind(EventKind.SUMMER_INSTITUTE);
	}

	private List<ConveningSummary> ofKind(EventKind kind) {
		return jdbc.query(COLUMNS + "where kind = :kind and status <> 'CANCELLED' order by starts_at, id",
				Map.of("kind", kind.name()), ConveningQueries::summary);
	}

	@Override
	public List<ConveningAttendance> attendance(Collection<EventId> events, Collection<TeamId> teams) {
		if (events.isEmpty() || teams.isEmpty()) {
			return List.of();
		}
		return jdbc.query("""
				select r.event_id, r.team_id, count(a.id) as registered, count(a.checked_in_at) as checked_in
				from event_registration r
				left join event_attendee a on a.registration_id = r.id
				where r.status = 'CONFIRMED' and r.event_id in (:events) and r.team_id in (:teams)
				group by r.event_id, r.team_id""",
				Map.of("events", events.stream().map(EventId::value).toList(), "teams",
						teams.stream().map(TeamId::value).toList()),
				(rs, i) -> new ConveningAttendance(new EventId(rs.getLong("event_id")),
						new TeamId(rs.getLong("team_id")), rs.getInt("registered"), rs.getInt("checked_in")));
	}

	private static ConveningSummary summary(ResultSet rs, int row) throws SQLException {
		var status = rs.getString("status");
		return new ConveningSummary(new EventId(rs.getLong("id")), rs.getString("title"), rs.getString("kind"),
				rs.getObject("starts_at", Timestamp.class).toLocalDateTime().toLocalDate(),
				rs.getObject("ends_at", Timestamp.class).toLocalDateTime().toLocalDate(), rs.getString("venue"),
				EventStatus.PUBLISHED.name().equals(status), EventStatus.CANCELLED.name().equals(status));
	}

}
