package app.accord.teams;

/**
 * What other modules know about a team.
 *
 * @param name the team's own name, {@code null} when it has none
 */
public record TeamSummary(TeamId id, String leaCdsCode, String leaName, String name, boolean active) {

	/** The team's name, or the LEA's when the team has none. */
	public String displayName() {
		return name == null || name.isBlank() ? leaName : name;
	}

}
