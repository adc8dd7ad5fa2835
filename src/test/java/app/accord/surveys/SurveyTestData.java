package app.accord.surveys;

import app.accord.surveys.administrations.Administrations;
import app.accord.surveys.responding.Responses;
import app.accord.surveys.responding.Submission;
import java.time.Clock;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import app.accord.accounts.People;
import app.accord.accounts.Role;
import app.accord.accounts.SignedInUser;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * People, administrations and responses for integration tests that share one database.
 * Each test gets administrations of its own, so counts never mix.
 */
@Component
public class SurveyTestData {

	static final String STARTER = "Labor-management collaboration staff survey";

	private final People people;

	private final JdbcTemplate jdbc;

	private final Administrations administrations;

	private final Responses responses;

	private final Clock clock;

	SurveyTestData(People people, JdbcTemplate jdbc, Administrations administrations, Responses responses,
			Clock clock) {
		this.people = people;
		this.jdbc = jdbc;
		this.administrations = administrations;
		this.responses = responses;
		this.clock = clock;
	}

	public SignedInUser person(String name) {
		return user(name, Role.MEMBER);
	}

	public SignedInUser coordinator(String name) {
		return user(name, Role.COORDINATOR);
	}

	public SignedInUser staff() {
		return user("staff", Role.STAFF);
	}

	private SignedInUser user(String name, Role role) {
		var email = name.toLowerCase().replace(' ', '.') + "-" + UUID.randomUUID().toString().substring(0, 8)
				+ "@example.org";
		return new SignedInUser(people.findOrCreate(email, name), email, name, role, true, null);
	}

	public long starterInstrument() {
		return jdbc.queryForObject("select id from survey_instrument where title_en = ?", Long.class, STARTER);
	}

	/** LEAs without an active team (tests that start a team take the first). */
	public List<String> leasWithoutTeam(int count) {
		return jdbc.queryForList("""
				select cds_code from directory_lea where cds_code not in
				(select lea_cds_code from team where active_lea_cds_code is not null) order by cds_code limit ?""",
				String.class, count);
	}

	/** An LEA no other test picks (by position in CDS code order). */
	public String leaAt(int position) {
		return jdbc.queryForObject("select cds_code from directory_lea order by cds_code limit 1 offset ?",
				String.class, position);
	}

	public List<String> anyLeas(int count) {
		return jdbc.queryForList("select cds_code from directory_lea order by cds_code desc limit ?", String.class,
				count);
	}

	/** An open administration of the starter instrument for these LEAs. */
	public long openAdministration(Map<String, Integer> headcounts) {
		return administration(headcounts, LocalDate.now(clock).minusDays(1), LocalDate.now(clock).plusDays(10));
	}

	public long administration(Map<String, Integer> headcounts, LocalDate opens, LocalDate closes) {
		var leas = new ArrayList<Administrations.LeaDraft>();
		headcounts.forEach((lea, headcount) -> leas.add(new Administrations.LeaDraft(lea, headcount, List.of())));
		return asStaff(() -> administrations.create(new Administrations.AdministrationDraft(starterInstrument(),
				"Test survey " + UUID.randomUUID(), opens, closes, null, leas)));
	}

	public long administrationWithSites(String lea, int headcount, List<String> sites) {
		return asStaff(() -> administrations
			.create(new Administrations.AdministrationDraft(starterInstrument(), "Test survey " + UUID.randomUUID(),
					LocalDate.now(clock).minusDays(1), LocalDate.now(clock).plusDays(10), null,
					List.of(new Administrations.LeaDraft(lea, headcount, sites)))));
	}

	public String link(long administrationId, String lea) {
		return jdbc.queryForObject(
				"select link_token from survey_administration_lea where administration_id = ? and lea_cds_code = ?",
				String.class, administrationId, lea);
	}

	/**
	 * A complete response: the five items at {@code value}, the role group, a comment.
	 */
	public void respond(long administrationId, String lea, String role, int value, String comment) {
		respond(administrationId, lea, role, value, comment, null);
	}

	public void respond(long administrationId, String lea, String role, int value, String comment, String site) {
		var answers = new java.util.HashMap<String, String>();
		for (var code : List.of("LMC_PROBLEM_SOLVING", "LMC_INPUT_VOICE", "LMC_PROFESSIONALIZE", "LMC_EXPRESS_OPINIONS",
				"LMC_SHAPE_PRIORITIES")) {
			answers.put(code, String.valueOf(value));
		}
		if (role != null) {
			answers.put("ROLE_GROUP", role);
		}
		if (comment != null) {
			answers.put("LMC_COMMENTS", comment);
		}
		responses.submit(new Submission(link(administrationId, lea), answers, site, null));
	}

	public static <T> T asStaff(Supplier<T> action) {
		var staff = new SignedInUser(new app.accord.accounts.PersonId(0), "staff@example.org", "Staff", Role.STAFF,
				true, null);
		var previous = SecurityContextHolder.getContext();
		var context = SecurityContextHolder.createEmptyContext();
		context
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(staff, null, staff.getAuthorities()));
		SecurityContextHolder.setContext(context);
		try {
			return action.get();
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

}
