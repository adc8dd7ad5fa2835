package app.accord.networks.network;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;

import app.accord.accounts.People;
import app.accord.accounts.Role;
import app.accord.accounts.SignedInUser;
import app.accord.directory.Region;
import app.accord.networks.coaching.EngagementDetails;
import app.accord.networks.coaching.EngagementStatus;
import app.accord.networks.coaching.Engagements;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Fresh people, LEAs no other test uses, networks, teams with meetings, events and
 * engagements for the networks tests, which share one database.
 */
@Component
public class NetworkTestData {

	private final People people;

	private final NetworkService networks;

	private final Engagements engagements;

	private final JdbcTemplate jdbc;

	NetworkTestData(People people, NetworkService networks, Engagements engagements, JdbcTemplate jdbc) {
		this.people = people;
		this.networks = networks;
		this.engagements = engagements;
		this.jdbc = jdbc;
	}

	public NetworkService networks() {
		return networks;
	}

	public Engagements engagements() {
		return engagements;
	}

	public SignedInUser user(String name, Role role) {
		var email = name.toLowerCase().replace(' ', '.') + "-" + UUID.randomUUID().toString().substring(0, 8)
				+ "@example.org";
		return new SignedInUser(people.findOrCreate(email, name), email, name, role, true, null);
	}

	public SignedInUser staff() {
		return user("Staff", Role.STAFF);
	}

	/**
	 * An LEA (not a county office) with no team, network membership nor engagement yet.
	 */
	public String freeLea() {
		return jdbc.queryForObject("""
				select min(cds_code) from directory_lea
				where type <> 'county-office'
				  and cds_code not in (select lea_cds_code from team)
				  and cds_code not in (select lea_cds_code from network_member)
				  and cds_code not in (select lea_cds_code from coaching_engagement)""", String.class);
	}

	String countyOffice() {
		return jdbc.queryForObject("select min(cds_code) from directory_lea where type = 'county-office'",
				String.class);
	}

	public String leaName(String cdsCode) {
		return jdbc.queryForObject("select name from directory_lea where cds_code = ?", String.class, cdsCode);
	}

	public long network(String name) {
		return as(staff(), () -> networks.create(name + " " + UUID.randomUUID().toString().substring(0, 6),
				countyOffice(), Region.CENTRAL_VALLEY, 2018, null));
	}

	/** A network coordinated by a fresh coordinator. */
	public SignedInUser coordinatorOf(long network) {
		var coordinator = user("Coordinator", Role.COORDINATOR);
		as(staff(), () -> {
			networks.addCoordinator(network, coordinator.email());
			return null;
		});
		return coordinator;
	}

	void nameCoordinator(long network, SignedInUser person) {
		as(staff(), () -> {
			networks.addCoordinator(network, person.email());
			return null;
		});
	}

	public void join(long network, String cdsCode, LocalDate on) {
		as(staff(), () -> networks.addMember(network, cdsCode, on));
	}

	/**
	 * A team of the LEA started by the co-lead (through the teams API), with meetings on
	 * those days.
	 */
	public long team(MockMvc mvc, String cdsCode, SignedInUser coLead, LocalDate... meetings) throws Exception {
		var created = mvc
			.perform(post("/api/v1/teams").with(SecurityMockMvcRequestPostProcessors.user(coLead))
				.contentType("application/json")
				.content("""
						{"leaCdsCode":"%s","role":"SUPERINTENDENT","side":"MANAGEMENT"}""".formatted(cdsCode)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		long teamId = ((Number) JsonPath.read(created, "$.id")).longValue();
		for (var day : meetings) {
			mvc.perform(
					post("/api/v1/teams/{id}/meetings", teamId).with(SecurityMockMvcRequestPostProcessors.user(coLead))
						.contentType("application/json")
						.content("""
								{"heldOn":"%s","laborAttendees":2,"managementAttendees":2,"topics":["BUDGET"]}"""
							.formatted(day)));
		}
		return teamId;
	}

	public long consultingPartner() {
		var name = "Coaching Partners " + UUID.randomUUID().toString().substring(0, 8);
		jdbc.update("insert into directory_organization (name, kind, created_at) values (?, 'CONSULTING_PARTNER', ?)",
				name, Timestamp.valueOf(LocalDateTime.now()));
		return jdbc.queryForObject("select id from directory_organization where name = ?", Long.class, name);
	}

	public long union() {
		var name = "Union " + UUID.randomUUID().toString().substring(0, 8);
		jdbc.update("insert into directory_organization (name, kind, created_at) values (?, 'UNION', ?)", name,
				Timestamp.valueOf(LocalDateTime.now()));
		return jdbc.queryForObject("select id from directory_organization where name = ?", Long.class, name);
	}

	/** An active engagement of the LEA from start to end with the consultant assigned. */
	public long activeEngagement(String cdsCode, SignedInUser consultant, LocalDate start, LocalDate end) {
		return as(staff(), () -> {
			var id = engagements.create(
					new EngagementDetails(cdsCode, consultingPartner(), "Interest-based bargaining", null, 6, start,
							end, 1000000L),
					consultant == null ? java.util.List.of() : java.util.List.of(consultant.email()));
			engagements.changeStatus(id, EngagementStatus.ACTIVE);
			return id;
		});
	}

	/** A published regional network convening on that day. */
	public long convening(String title, LocalDate day) {
		jdbc.update(
				"""
						insert into event (title, kind, format, starts_at, ends_at, registration_opens_on,
						  registration_closes_on, capacity, registration_mode, fee_cents, complimentary_seats,
						  reminder_days_before, status, created_at)
						values (?, 'REGIONAL_NETWORK_CONVENING', 'IN_PERSON', ?, ?, ?, ?, 100, 'TEAM', 0, 4, 3, 'PUBLISHED', ?)""",
				title, Timestamp.valueOf(day.atTime(9, 0)), Timestamp.valueOf(day.atTime(15, 0)), day.minusDays(30),
				day, Timestamp.valueOf(LocalDateTime.now()));
		return jdbc.queryForObject("select max(id) from event where title = ?", Long.class, title);
	}

	/**
	 * The team registered for the event with that many people, of whom that many were
	 * checked in.
	 */
	public void attend(long eventId, long teamId, int registered, int checkedIn) {
		var token = UUID.randomUUID().toString().replace("-", "");
		jdbc.update("""
				insert into event_registration (event_id, team_id, active_team_id, team_name, estimated_size, seats,
				  complimentary_allowance, status, invoice_number, payment_status, access_token, created_at)
				values (?, ?, ?, 'Team', ?, ?, 0, 'CONFIRMED', ?, 'WAIVED', ?, ?)""", eventId, teamId, teamId,
				registered, registered, "T-" + token.substring(0, 12), token, Timestamp.valueOf(LocalDateTime.now()));
		var registration = jdbc.queryForObject("select id from event_registration where access_token = ?", Long.class,
				token);
		for (var i = 0; i < registered; i++) {
			jdbc.update("""
					insert into event_attendee (registration_id, event_id, name, check_in_token, checked_in_at)
					values (?, ?, ?, ?, ?)""", registration, eventId, "Attendee " + i,
					UUID.randomUUID().toString().replace("-", ""),
					i < checkedIn ? Timestamp.valueOf(LocalDateTime.now()) : null);
		}
	}

	public void link(long network, long eventId) {
		as(staff(), () -> {
			networks.linkConvening(network, eventId);
			return null;
		});
	}

	void makeWebinar(long eventId) {
		jdbc.update("update event set kind = 'WEBINAR' where id = ?", eventId);
	}

	public int count(String sql, Object... args) {
		return jdbc.queryForObject(sql, Integer.class, args);
	}

	public static <T> T as(SignedInUser user, java.util.function.Supplier<T> work) {
		var previous = SecurityContextHolder.getContext().getAuthentication();
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		try {
			return work.get();
		}
		finally {
			SecurityContextHolder.getContext().setAuthentication(previous);
		}
	}

}
