package app.accord.events.demo;

import app.accord.events.agenda.Agenda;
import app.accord.events.catalog.Event;
import app.accord.events.catalog.EventDetails;
import app.accord.events.catalog.EventFormat;
import app.accord.events.catalog.EventKind;
import app.accord.events.catalog.EventRepository;
import app.accord.events.catalog.RegistrationMode;
import app.accord.events.registration.AttendeeDetails;
import app.accord.events.registration.Registrations;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import app.accord.accounts.People;
import app.accord.accounts.Role;
import app.accord.accounts.SignedInUser;
import app.accord.directory.Region;
import app.accord.shared.DemoData;
import app.accord.teams.Teams;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Sample events for the {@code demo} profile, dated relative to today: a Summer Institute
 * with a pre-conference day for new teams and concurrent workshops, a Northern / Central
 * Valley / Southern convening set and a webinar, with registrations from the teams
 * module's demo teams (registered by their co-leads), and the Monterey County regional
 * network's past convenings with its districts' attendance. An event whose title exists
 * is left alone, so running it again changes nothing. It comes in the stage after the
 * demo teams'.
 */
@Component
@Profile("demo")
class DemoEvents extends DemoData.InTransactions {

	private static final Logger log = LoggerFactory.getLogger(DemoEvents.class);

	static final String SUMMER_INSTITUTE = "Summer Institute";

	/** The sessions' presenters are not real districts' people: no district is named. */
	static final String SAMPLE_PRESENTERS = "Sample presenters";

	private final EventRepository events;

	private final Agenda agenda;

	private final Registrations registrations;

	private final Teams teams;

	private final People people;

	private final Clock clock;

	private final JdbcTemplate jdbc;

	DemoEvents(EventRepository events, Agenda agenda, Registrations registrations, Teams teams, People people,
			Clock clock, PlatformTransactionManager transactionManager, JdbcTemplate jdbc) {
		super(EVENTS, transactionManager);
		this.jdbc = jdbc;
		this.events = events;
		this.agenda = agenda;
		this.registrations = registrations;
		this.teams = teams;
		this.people = people;
		this.clock = clock;
	}

	@Override
	public void createSampleData() {
		var today = LocalDate.now(clock);
		var instituteStart = today.plusDays(75);
		var summer = event(SUMMER_INSTITUTE + " " + instituteStart.getYear(), EventKind.SUMMER_INSTITUTE,
				EventFormat.IN_PERSON, null, "UC Davis Conference Center", "550 Alumni Ln, Davis, CA", null,
				instituteStart.atTime(9, 0), instituteStart.plusDays(2).atTime(15, 0),
				"Three days for labor-management teams. Day one is the pre-conference day for teams new to the "
						+ "initiative; days two and three bring every team together with concurrent workshops.",
				"Interest-based problem solving; shared vision; budget collaboration", today.minusDays(5),
				instituteStart.minusDays(7), 300, RegistrationMode.TEAM, 5000, instituteStart.minusDays(30));
		if (summer != null) {
			var day2 = instituteStart.plusDays(1);
			session(summer, "Pre-conference: foundations of labor-management partnership", "Initiative staff",
					"Ballroom", instituteStart.atTime(9, 0), instituteStart.atTime(15, 0), 120);
			session(summer, "Interest-based problem solving in practice", SAMPLE_PRESENTERS, "Room A",
					day2.atTime(10, 30), day2.atTime(12, 0), 40);
			session(summer, "Budget transparency together", SAMPLE_PRESENTERS, "Room B", day2.atTime(10, 30),
					day2.atTime(12, 0), 40);
			session(summer, "Site-level learning teams", SAMPLE_PRESENTERS, "Room C", day2.atTime(10, 30),
					day2.atTime(12, 0), 30);
			session(summer, "Communication between labor and management", null, "Room A", day2.atTime(13, 30),
					day2.atTime(15, 0), 40);
			session(summer, "Decision-making processes", null, "Room B", day2.atTime(13, 30), day2.atTime(15, 0), 40);
			register(summer, "27659610000000", 6);
			register(summer, "27102720000000", 5);
			register(summer, "27661420000000", 3);
		}
		var regions = List.of(Region.NORTHERN_CALIFORNIA, Region.CENTRAL_VALLEY, Region.SOUTHERN_CALIFORNIA);
		var venues = List.of("Sacramento County Office of Education", "Fresno County Superintendent of Schools",
				"Riverside County Office of Education");
		for (var i = 0; i < regions.size(); i++) {
			var day = today.plusDays(30 + 14 * i);
			var convening = event("Universal Convening — " + regions.get(i).displayName(),
					EventKind.UNIVERSAL_CONVENING, EventFormat.IN_PERSON, regions.get(i), venues.get(i), null, null,
					day.atTime(9, 0), day.atTime(15, 30),
					"A day for teams of the region: the established practices, peer exchange and planning time.",
					"Established practices; peer exchange", today.minusDays(10), day.minusDays(3), 150,
					RegistrationMode.TEAM, 5000, day.minusDays(14));
			if (convening != null && i == 0) {
				register(convening, "27659610000000", 4);
				register(convening, "27102720000000", 4);
			}
		}
		createMontereyNetworkConvenings();
		var webinarDay = today.plusDays(12);
		event("Webinar: Labor-management partnership 101", EventKind.WEBINAR, EventFormat.ONLINE, null, null, null,
				"https://meet.example.org/accord-101", webinarDay.atTime(15, 30), webinarDay.atTime(16, 30),
				"An hour's introduction for anyone in a district, union or county office.", "Introduction",
				today.minusDays(10), webinarDay, 500, RegistrationMode.INDIVIDUAL, 0, null);
	}

	/** The Monterey County regional network's districts (its hub is MCOE). */
	static final List<String> MONTEREY_NETWORK = List.of("27659610000000", "27660350000000", "27754730000000",
			"27660840000000", "27660920000000", "27738250000000", "44697990000000", "27661420000000", "27661590000000",
			"44698150000000", "44698230000000", "27661910000000", "27754400000000");

	static final String MONTEREY_CONVENING = "Monterey County Regional Network Convening";

	/**
	 * The network's convenings of 2018-20 and the 2019 Summer Institute, with the member
	 * teams registered by staff and checked in (a few were absent; Mission Union joined
	 * in January 2020).
	 */
	void createMontereyNetworkConvenings() {
		var institute = LocalDate.of(2019, 6, 24);
		var si = event(SUMMER_INSTITUTE + " 2019", EventKind.SUMMER_INSTITUTE, EventFormat.IN_PERSON, null,
				"UC Davis Conference Center", "550 Alumni Ln, Davis, CA", null, institute.atTime(9, 0),
				institute.plusDays(2).atTime(15, 0), "Three days for labor-management teams.", "Established practices",
				institute.minusDays(90), institute.minusDays(7), 300, RegistrationMode.TEAM, 5000,
				institute.minusDays(30));
		if (si != null) {
			for (var cds : List.of("27659610000000", "27754730000000", "27661420000000", "44697990000000")) {
				attend(si, cds, 4, true);
			}
		}
		var days = List.of(LocalDate.of(2018, 10, 18), LocalDate.of(2019, 3, 21), LocalDate.of(2019, 9, 26),
				LocalDate.of(2019, 12, 5), LocalDate.of(2020, 2, 27));
		for (var day : days) {
			var title = MONTEREY_CONVENING + " — "
					+ day.getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH) + " "
					+ day.getYear();
			var id = event(title, EventKind.REGIONAL_NETWORK_CONVENING, EventFormat.IN_PERSON,
					Region.NORTHERN_CALIFORNIA, "Monterey County Office of Education", "901 Blanco Circle, Salinas, CA",
					null, day.atTime(8, 30), day.atTime(15, 0),
					"The Monterey County regional labor-management network: peer exchange between member districts' "
							+ "teams, the established practices and planning time.",
					"Peer exchange; established practices", day.minusDays(60), day.minusDays(3), 120,
					RegistrationMode.TEAM, 0, day.minusDays(3));
			if (id == null) {
				continue;
			}
			for (var cds : MONTEREY_NETWORK) {
				var joined = !cds.equals("27660840000000") || day.isAfter(LocalDate.of(2020, 1, 15));
				var absent = cds.startsWith("44698") && day.getMonthValue() == 12
						|| cds.equals("27754400000000") && day.getYear() == 2020;
				if (joined) {
					attend(id, cds, 3, !absent);
				}
			}
		}
	}

	/** Staff register the team (past events too) and record whether its people came. */
	private void attend(long event, String cdsCode, int size, boolean cameToTheDoor) {
		var team = teams.findActiveTeamOf(cdsCode).orElse(null);
		if (team == null) {
			return;
		}
		var attendees = teams.currentMembers(team.id())
			.stream()
			.limit(size)
			.map(m -> new AttendeeDetails(m.name(), null, m.role(), m.side(), null, null, null))
			.toList();
		if (attendees.isEmpty()) {
			return;
		}
		var staff = new SignedInUser(people.findOrCreate("events-demo@accord.local", "Accord demo"),
				"events-demo@accord.local", "Accord demo", Role.STAFF, true, null);
		var outcome = as(staff, () -> registrations.registerTeam(event, team.id().value(), attendees.size(), attendees,
				staff, "demo-" + event + "-" + cdsCode));
		if (cameToTheDoor) {
			transactions.executeWithoutResult(status -> jdbc.update(
					"update event_attendee set checked_in_at = ? where registration_id = ? and checked_in_at is null",
					java.sql.Timestamp.from(clock.instant()), outcome.registrationId()));
		}
	}

	/**
	 * Creates and publishes the event unless one with that title exists; {@code null}
	 * then.
	 */
	private Long event(String title, EventKind kind, EventFormat format, Region region, String venue, String address,
			String onlineUrl, LocalDateTime startsAt, LocalDateTime endsAt, String description, String topics,
			LocalDate opensOn, LocalDate closesOn, int capacity, RegistrationMode mode, long feeCents,
			LocalDate complimentaryDeadline) {
		return transactions.execute(status -> {
			if (events.findAll().stream().anyMatch(e -> e.getTitle().equals(title))) {
				return null;
			}
			var event = new Event(new EventDetails(title, kind, format, region, venue, address, onlineUrl, startsAt,
					endsAt, description, topics, opensOn, closesOn, capacity, mode, feeCents, 4, complimentaryDeadline,
					3), clock.instant());
			event.publish();
			log.info("Demo event: {}", title);
			return events.saveAndFlush(event).getId();
		});
	}

	private void session(long event, String title, String presenters, String room, LocalDateTime startsAt,
			LocalDateTime endsAt, int capacity) {
		asSystemStaff(() -> agenda.addSession(event, title, presenters, room, startsAt, endsAt, capacity));
	}

	/**
	 * The team registers through its first co-lead with an account, naming its roster up
	 * to the size.
	 */
	private void register(long event, String cdsCode, int size) {
		var team = teams.findActiveTeamOf(cdsCode).orElse(null);
		if (team == null) {
			log.info("Demo events: no team for {}, no registration", cdsCode);
			return;
		}
		var members = teams.currentMembers(team.id());
		var coLead = members.stream()
			.filter(m -> m.coLead() && m.personId() != null)
			.findFirst()
			.flatMap(m -> people.find(m.personId()))
			.orElse(null);
		if (coLead == null) {
			return;
		}
		var user = new SignedInUser(coLead.id(), coLead.email(), coLead.displayName(), Role.MEMBER, true, null);
		var attendees = members.stream()
			.limit(size)
			.map(m -> new AttendeeDetails(m.name(),
					m.personId() == null ? null : people.find(m.personId()).map(p -> p.email()).orElse(null), m.role(),
					m.side(), null, null, m == members.get(0) ? "Vegetarian" : null))
			.toList();
		as(user, () -> registrations.registerTeam(event, team.id().value(), size, attendees, user,
				"demo-" + event + "-" + cdsCode));
	}

	private void asSystemStaff(Runnable work) {
		var staff = new SignedInUser(people.findOrCreate("events-demo@accord.local", "Accord demo"),
				"events-demo@accord.local", "Accord demo", Role.STAFF, true, null);
		as(staff, () -> {
			work.run();
			return null;
		});
	}

	private static <T> T as(SignedInUser user, java.util.function.Supplier<T> work) {
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
