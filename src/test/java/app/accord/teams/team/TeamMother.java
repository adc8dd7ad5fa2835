package app.accord.teams.team;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import app.accord.accounts.PersonId;
import app.accord.directory.LeaSummary;
import app.accord.directory.LeaType;
import app.accord.directory.Region;
import app.accord.teams.MemberRole;
import app.accord.teams.Side;

/**
 * Builds teams for tests:
 * {@code TeamMother.team().with(SUPERINTENDENT, MANAGEMENT).build()}. Unsaved unless a
 * test saves it.
 */
final class TeamMother {

	static final LocalDate TODAY = LocalDate.of(2025, 3, 1);

	private LeaSummary lea = new LeaSummary("27659610000000", "Alisal Union", LeaType.ELEMENTARY, "Monterey",
			Region.NORTHERN_CALIFORNIA, "Salinas", 8372, new BigDecimal("88.3"));

	private String name;

	private final List<Seat> seats = new ArrayList<>();

	private record Seat(MemberDetails details, PersonId person, LocalDate joinedOn, boolean coLead) {
	}

	static TeamMother team() {
		return new TeamMother();
	}

	TeamMother lea(LeaSummary lea) {
		this.lea = lea;
		return this;
	}

	TeamMother named(String name) {
		this.name = name;
		return this;
	}

	TeamMother with(MemberRole role, Side side) {
		return with(role, side, null, TODAY.minusYears(1));
	}

	TeamMother with(MemberRole role, Side side, PersonId person, LocalDate joinedOn) {
		seats.add(new Seat(details(role.name().toLowerCase() + " " + (seats.size() + 1), null, role, side), person,
				joinedOn, false));
		return this;
	}

	TeamMother withCoLead(PersonId person, String email, MemberRole role, Side side) {
		seats.add(new Seat(details("Co-lead " + (seats.size() + 1), email, role, side), person, TODAY.minusYears(1),
				true));
		return this;
	}

	/** The four minimum roles, two on each side. */
	TeamMother minimumTeam() {
		return with(MemberRole.SUPERINTENDENT, Side.MANAGEMENT).with(MemberRole.BOARD_MEMBER, Side.MANAGEMENT)
			.with(MemberRole.CERTIFICATED_UNION_PRESIDENT, Side.LABOR)
			.with(MemberRole.CLASSIFIED_UNION_PRESIDENT, Side.LABOR);
	}

	Team build() {
		var team = new Team(lea, name, Instant.parse("2024-01-01T00:00:00Z"));
		for (var seat : seats) {
			var membership = team.addMember(seat.details(), seat.person(), seat.joinedOn(), TODAY);
			if (seat.coLead()) {
				membership.makeCoLead();
			}
		}
		return team;
	}

	static MemberDetails details(String name, String email, MemberRole role, Side side) {
		return new MemberDetails(name, email, null, role, side,
				side == Side.LABOR ? "Alisal Teachers Association" : null);
	}

}
