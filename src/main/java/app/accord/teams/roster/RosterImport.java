package app.accord.teams.roster;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import app.accord.accounts.AuditTrail;
import app.accord.accounts.People;
import app.accord.directory.Directory;
import app.accord.directory.LeaSummary;
import app.accord.teams.MemberRole;
import app.accord.teams.Side;
import app.accord.shared.Csv;
import app.accord.teams.team.MemberDetails;
import app.accord.teams.team.MembershipRepository;
import app.accord.teams.team.Team;
import app.accord.teams.team.TeamRepository;
import app.accord.teams.team.TeamRuleViolation;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff import existing rosters from a CSV file (LEA CDS code, name, email, role, side,
 * organization): a preview with a verdict per row, then an all-or-nothing apply. People
 * are matched by email, so a second import adds only who is new. Imported members are not
 * emailed.
 */
@Service
class RosterImport {

	static final int MAX_ROWS = 5000;

	private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}$");

	private final Directory directory;

	private final TeamRepository teams;

	private final MembershipRepository memberships;

	private final People people;

	private final Clock clock;

	private final AuditTrail audit;

	RosterImport(Directory directory, TeamRepository teams, MembershipRepository memberships, People people,
			Clock clock, AuditTrail audit) {
		this.directory = directory;
		this.teams = teams;
		this.memberships = memberships;
		this.people = people;
		this.clock = clock;
		this.audit = audit;
	}

	/**
	 * What will happen to a row: a member added, one already there, or an error (a
	 * message key).
	 */
	public enum Verdict {

		ADD, ADD_WITH_NEW_TEAM, ALREADY_ON_TEAM, ERROR;

		public String messageKey() {
			return "teams.import.verdict." + name();
		}

	}

	/** One line of the file with what will happen to it. */
	public record Row(int line, String cdsCode, String leaName, String name, String email, String role, String side,
			String organization, Verdict verdict, String errorKey, String errorArgument) {

		public boolean error() {
			return verdict == Verdict.ERROR;
		}

	}

	public record Preview(List<Row> rows, String fileErrorKey) {

		public long errors() {
			return rows.stream().filter(Row::error).count();
		}

		public long additions() {
			return rows.stream()
				.filter(r -> r.verdict() == Verdict.ADD || r.verdict() == Verdict.ADD_WITH_NEW_TEAM)
				.count();
		}

		public boolean applicable() {
			return fileErrorKey == null && errors() == 0 && additions() > 0;
		}

	}

	@PreAuthorize("@teamPolicy.isStaff(principal)")
	@Transactional(readOnly = true)
	Preview preview(String csv) {
		return check(csv);
	}

	/**
	 * Applies the file if every row is valid; otherwise changes nothing and says why.
	 * @return the number of members added
	 */
	@PreAuthorize("@teamPolicy.isStaff(principal)")
	@Transactional
	int apply(String csv) {
		var preview = check(csv);
		if (!preview.applicable()) {
			throw new TeamRuleViolation(null, "teams.import.notApplicable");
		}
		var today = LocalDate.now(clock);
		var teamsByLea = new HashMap<String, Team>();
		var added = 0;
		for (var row : preview.rows()) {
			if (row.verdict() == Verdict.ALREADY_ON_TEAM) {
				continue;
			}
			var team = teamsByLea.computeIfAbsent(row.cdsCode(), code -> teams.findByActiveLeaCdsCode(code)
				.orElseGet(() -> teams.save(new Team(directory.findLea(code).orElseThrow(), null, clock.instant()))));
			var details = new MemberDetails(row.name(), row.email(), null, MemberRole.parse(row.role()).orElseThrow(),
					Side.parse(row.side()).orElseThrow(), row.organization());
			var person = details.email() == null ? null : people.findOrCreate(details.email(), details.name());
			memberships.save(team.addMember(details, person, today, today));
			added++;
		}
		memberships.flush();
		audit.record("team.roster-imported", "teams", added + " members in " + teamsByLea.size() + " teams");
		return added;
	}

	private Preview check(String csv) {
		var lines = Csv.parse(csv == null ? "" : csv);
		if (lines.isEmpty()) {
			return new Preview(List.of(), "teams.import.empty");
		}
		if (lines.size() > MAX_ROWS + 1) {
			return new Preview(List.of(), "teams.import.tooManyRows");
		}
		var first = lines.get(0);
		var start = !first.isEmpty() && !first.get(0).trim().matches("\\d+") ? 1 : 0;
		var rows = new ArrayList<Row>();
		var leas = new LinkedHashMap<String, LeaSummary>();
		var seen = new HashSet<String>();
		for (var i = start; i < lines.size(); i++) {
			var cells = lines.get(i);
			if (cells.stream().allMatch(String::isBlank)) {
				continue;
			}
			rows.add(row(i + 1, cells, leas, seen));
		}
		return new Preview(rows, rows.isEmpty() ? "teams.import.empty" : null);
	}

	private Row row(int line, List<String> cells, Map<String, LeaSummary> leas, java.util.Set<String> seen) {
		var cds = cell(cells, 0);
		var name = cell(cells, 1);
		var email = cell(cells, 2);
		var role = cell(cells, 3);
		var side = cell(cells, 4);
		var organization = cell(cells, 5);
		var lea = cds.isEmpty() ? null : leas.computeIfAbsent(cds, code -> directory.findLea(code).orElse(null));
		String error = null;
		String argument = null;
		if (cells.size() < 5) {
			error = "teams.import.error.columns";
		}
		else if (lea == null) {
			error = "teams.import.error.lea";
			argument = cds;
		}
		else if (name.isEmpty()) {
			error = "teams.member.name.required";
		}
		else if (name.length() > 200 || organization.length() > 200) {
			error = "teams.import.error.tooLong";
		}
		else if (!email.isEmpty() && !EMAIL.matcher(email).matches()) {
			error = "teams.member.email.invalid";
		}
		else if (MemberRole.parse(role).isEmpty()) {
			error = "teams.import.error.role";
			argument = role;
		}
		else if (Side.parse(side).isEmpty()) {
			error = "teams.import.error.side";
			argument = side;
		}
		else if (!seen.add(cds + "|" + (email.isEmpty() ? "name:" + name : email).toLowerCase(Locale.ROOT))) {
			error = "teams.import.error.duplicateInFile";
		}
		if (error != null) {
			return new Row(line, cds, lea == null ? null : lea.name(), name, email, role, side, organization,
					Verdict.ERROR, error, argument);
		}
		var team = teams.findByActiveLeaCdsCode(cds);
		Verdict verdict;
		if (team.isEmpty()) {
			verdict = Verdict.ADD_WITH_NEW_TEAM;
		}
		else if (alreadyOn(team.get(), name, email)) {
			verdict = Verdict.ALREADY_ON_TEAM;
		}
		else {
			verdict = Verdict.ADD;
		}
		return new Row(line, cds, lea.name(), name, email, role, side, organization, verdict, null, null);
	}

	private boolean alreadyOn(Team team, String name, String email) {
		if (email.isEmpty()) {
			return team.current().stream().anyMatch(m -> m.getEmail() == null && m.getName().equalsIgnoreCase(name));
		}
		var person = people.findByEmail(email);
		return person.isPresent() && team.current().stream().anyMatch(m -> m.isPerson(person.get().id()));
	}

	private static String cell(List<String> cells, int index) {
		return index < cells.size() && cells.get(index) != null ? cells.get(index).trim() : "";
	}

}
