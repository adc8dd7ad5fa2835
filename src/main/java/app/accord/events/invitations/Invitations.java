package app.accord.events.invitations;

import app.accord.events.catalog.EventRepository;
import app.accord.events.catalog.EventRuleViolation;
import app.accord.events.mail.EventMail;

import java.sql.Timestamp;
import java.time.Clock;

import app.accord.accounts.People;
import app.accord.directory.Directory;
import app.accord.directory.Region;
import app.accord.teams.MemberRole;
import app.accord.teams.Teams;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff invite the superintendents of a segment of LEAs (a region or a county) to an
 * event, asking them to forward it to their board president and both union presidents.
 * The superintendent is the one on the LEA's active team roster with an email; each LEA
 * is invited once per event.
 */
@Service
public class Invitations {

	private final EventRepository events;

	private final Directory directory;

	private final Teams teams;

	private final People people;

	private final EventMail mail;

	private final Clock clock;

	private final JdbcTemplate jdbc;

	Invitations(EventRepository events, Directory directory, Teams teams, People people, EventMail mail, Clock clock,
			JdbcTemplate jdbc) {
		this.events = events;
		this.directory = directory;
		this.teams = teams;
		this.people = people;
		this.mail = mail;
		this.clock = clock;
		this.jdbc = jdbc;
	}

	/**
	 * @param invited superintendents emailed now
	 * @param alreadyInvited LEAs invited earlier
	 * @param unreachable LEAs of the segment without a superintendent email on an active
	 * team
	 */
	public record Result(int invited, int alreadyInvited, int unreachable) {
	}

	@Transactional
	@PreAuthorize("@eventPolicy.isStaff(principal)")
	public Result invite(long eventId, Region region, String county, String note) {
		var event = events.require(eventId);
		if (!event.isPublished()) {
			throw new EventRuleViolation(null, "events.invite.notPublished");
		}
		if (region == null && (county == null || county.isBlank())) {
			throw new EventRuleViolation("region", "events.invite.segment.required");
		}
		var counties = directory.counties()
			.stream()
			.filter(c -> county == null || county.isBlank() ? c.region() == region : c.name().equals(county))
			.toList();
		int invited = 0;
		int already = 0;
		int unreachable = 0;
		for (var c : counties) {
			for (var lea : directory.search(c.cdsCountyCode(), 10_000)) {
				if (!lea.cdsCode().startsWith(c.cdsCountyCode())) {
					continue;
				}
				var email = superintendentEmail(lea.cdsCode());
				if (email == null) {
					unreachable++;
					continue;
				}
				var inserted = jdbc.update("""
						insert into event_invitation (event_id, lea_cds_code, email, sent_at)
						select ?, ?, ?, ? where not exists
						  (select 1 from event_invitation where event_id = ? and lea_cds_code = ?)""", eventId,
						lea.cdsCode(), email, Timestamp.from(clock.instant()), eventId, lea.cdsCode());
				if (inserted == 0) {
					already++;
					continue;
				}
				mail.invitation(email, lea.name(), event, note);
				invited++;
			}
		}
		return new Result(invited, already, unreachable);
	}

	private String superintendentEmail(String cdsCode) {
		return teams.findActiveTeamOf(cdsCode)
			.flatMap(team -> teams.currentMembers(team.id())
				.stream()
				.filter(m -> m.role() == MemberRole.SUPERINTENDENT && m.personId() != null)
				.findFirst())
			.flatMap(member -> people.find(member.personId()))
			.map(person -> person.email())
			.orElse(null);
	}

}
