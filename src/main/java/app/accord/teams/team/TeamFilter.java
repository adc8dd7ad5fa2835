package app.accord.teams.team;

import app.accord.directory.Region;

/**
 * Which teams a list shows; {@code null} means any.
 */
public record TeamFilter(Region region, String county, Boolean complete, Boolean meetingRegularly) {

	static final TeamFilter ANY = new TeamFilter(null, null, null, null);

	boolean accepts(TeamListRow row) {
		return (region == null || region == row.region())
				&& (county == null || county.isBlank() || county.trim().equalsIgnoreCase(row.county()))
				&& (complete == null || complete == row.composition().complete())
				&& (meetingRegularly == null || meetingRegularly == row.meetingRegularly());
	}

}
