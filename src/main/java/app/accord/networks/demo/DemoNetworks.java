package app.accord.networks.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

import app.accord.accounts.People;
import app.accord.accounts.Role;
import app.accord.accounts.SignedInUser;
import app.accord.directory.OrganizationKind;
import app.accord.directory.Organizations;
import app.accord.directory.Region;
import app.accord.events.Convenings;
import app.accord.networks.coaching.EngagementDetails;
import app.accord.networks.coaching.EngagementStatus;
import app.accord.networks.coaching.Engagements;
import app.accord.networks.coaching.SessionDetails;
import app.accord.networks.network.NetworkService;
import app.accord.networks.network.PartnerRole;
import app.accord.shared.DemoData;
import app.accord.teams.Side;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Profile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The Monterey County regional network of 2018-20 for the {@code demo} profile: its real
 * member districts with the county office as hub, its convenings, planning committee,
 * funder and coordinator, and two coaching engagements with session logs. It comes in the
 * last stage, once the demo teams and events exist. A network whose name exists is left
 * alone.
 */
@Component
@Profile("demo")
class DemoNetworks implements DemoData {

	private static final Logger log = LoggerFactory.getLogger(DemoNetworks.class);

	static final String MONTEREY = "Monterey County Regional Labor-Management Network";

	static final String HUB = "27102720000000";

	/**
	 * Members of 2018-20 (Greenfield Union Elementary is now Greenfield Unified; Santa
	 * Cruz City Schools are the Elementary and High districts). Mission Union joined in
	 * January 2020.
	 */
	static final List<String> MEMBERS = List.of("27659610000000", "27660350000000", "27754730000000", "27660920000000",
			"27738250000000", "44697990000000", "27661420000000", "27661590000000", "44698150000000", "44698230000000",
			"27661910000000", "27754400000000");

	static final String LATE_MEMBER = "27660840000000";

	/**
	 * Marks the engagements' goals and session notes: the coaching of real districts here
	 * is made up for the demo.
	 */
	static final String SAMPLE = "Sample text: ";

	static final String COORDINATOR = "coordinator@monterey-coe.example.org";

	static final String CONSULTANT = "consultant@collaboration-partners.example.org";

	static final String OTHER_CONSULTANT = "coach@cec.example.org";

	private final NetworkService networks;

	private final Engagements engagements;

	private final Organizations organizations;

	private final Convenings convenings;

	private final People people;

	private final Clock clock;

	DemoNetworks(NetworkService networks, Engagements engagements, Organizations organizations, Convenings convenings,
			People people, Clock clock) {
		this.networks = networks;
		this.engagements = engagements;
		this.organizations = organizations;
		this.convenings = convenings;
		this.people = people;
		this.clock = clock;
	}

	@Override
	public int stage() {
		return NETWORKS;
	}

	@Override
	public void createSampleData() {
		if (networks.idsByName().containsKey(MONTEREY)) {
			return;
		}
		var staff = new SignedInUser(people.findOrCreate("networks-demo@accord.local", "Accord demo"),
				"networks-demo@accord.local", "Accord demo", Role.STAFF, true, null);
		as(staff, () -> {
			var id = networks.create(MONTEREY, HUB, Region.NORTHERN_CALIFORNIA, 2018, 2019);
			for (var cds : MEMBERS) {
				networks.addMember(id, cds, LocalDate.of(2018, 8, 15));
			}
			networks.addMember(id, LATE_MEMBER, LocalDate.of(2020, 1, 15));
			convenings.networkConvenings()
				.stream()
				.filter(c -> c.title().startsWith("Monterey County Regional Network Convening"))
				.forEach(c -> networks.linkConvening(id, c.id().value()));
			people.findOrCreate(COORDINATOR, "Lucía Ramírez");
			networks.addCoordinator(id, COORDINATOR);
			organizations.list()
				.stream()
				.filter(o -> "CCEE".equals(o.shortName()))
				.forEach(o -> networks.addPartner(id, o.id(), PartnerRole.FUNDER));
			organizations.list()
				.stream()
				.filter(o -> "CCSESA".equals(o.shortName()) || "CDE".equals(o.shortName()))
				.forEach(o -> networks.addPartner(id, o.id(), PartnerRole.PARTNER));
			networks.addToCommittee(id, "Lucía Ramírez", COORDINATOR, "Network coordinator, MCOE", Side.MANAGEMENT,
					"Monterey County Office of Education");
			networks.addToCommittee(id, "Hector Villanueva", "superintendent@alisal.example.org", "Superintendent",
					Side.MANAGEMENT, "Alisal Union School District");
			networks.addToCommittee(id, "Maria Estrada", "president@alisal-teachers.example.org",
					"Teachers association president", Side.LABOR, "Alisal Teachers Association");
			networks.addToCommittee(id, "Eddie Morales", null, "Classified chapter president", Side.LABOR,
					"CSEA Chapter 699");
			createEngagements();
			log.info("Demo network: {}", MONTEREY);
			return null;
		});
	}

	private void createEngagements() {
		var consulting = organizations.ofKind(OrganizationKind.CONSULTING_PARTNER);
		if (consulting.isEmpty()) {
			log.info("Demo engagements skipped: no consulting partner");
			return;
		}
		var cec = consulting.get(0).id();
		people.findOrCreate(CONSULTANT, "Daniel Okafor");
		people.findOrCreate(OTHER_CONSULTANT, "Renee Whitfield");
		var alisal = engagements.create(new EngagementDetails("27659610000000", cec,
				SAMPLE + "strengthen the learning team's interest-based problem solving, and start site learning "
						+ "teams at three schools.",
				SAMPLE + "a shared problem-solving protocol; three site learning teams meeting monthly; a year-end "
						+ "reflection.",
				10, LocalDate.of(2019, 8, 1), LocalDate.of(2020, 6, 30), 2400000L), List.of(CONSULTANT));
		engagements.changeStatus(alisal, EngagementStatus.ACTIVE);
		var days = List.of(LocalDate.of(2019, 9, 10), LocalDate.of(2019, 10, 8), LocalDate.of(2019, 11, 12),
				LocalDate.of(2020, 1, 14), LocalDate.of(2020, 2, 11), LocalDate.of(2020, 3, 10),
				LocalDate.of(2020, 5, 12), LocalDate.of(2020, 6, 9));
		var consultant = new SignedInUser(people.findByEmail(CONSULTANT).orElseThrow().id(), CONSULTANT,
				"Daniel Okafor", Role.CONSULTANT, true, null);
		for (var day : days) {
			as(consultant,
					() -> engagements.logSession(alisal,
							new SessionDetails(day, 120, 5, 4,
									"Superintendent, ATA president, CSEA chapter president, two principals",
									SAMPLE + "worked through a current issue with the interest-based protocol.",
									SAMPLE + "site teams bring one issue each to the next session."),
							consultant));
		}
		engagements.changeStatus(alisal, EngagementStatus.COMPLETED);
		var today = LocalDate.now(clock);
		var gonzales = engagements.create(new EngagementDetails("27754730000000", cec,
				SAMPLE + "clarify decision-making between the board, the superintendent and the unions.",
				SAMPLE + "a decision-making matrix agreed by both sides.", 6, today.minusDays(70), today.plusDays(200),
				1500000L), List.of(OTHER_CONSULTANT));
		engagements.changeStatus(gonzales, EngagementStatus.ACTIVE);
		var other = new SignedInUser(people.findByEmail(OTHER_CONSULTANT).orElseThrow().id(), OTHER_CONSULTANT,
				"Renee Whitfield", Role.CONSULTANT, true, null);
		for (var daysAgo : List.of(60, 30, 5)) {
			as(other,
					() -> engagements.logSession(gonzales, new SessionDetails(today.minusDays(daysAgo), 90, 3, 3, null,
							SAMPLE + "mapped recent decisions and who made them.", SAMPLE + "draft the matrix."),
							other));
		}
	}

	private static <T> T as(SignedInUser user, Supplier<T> work) {
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
