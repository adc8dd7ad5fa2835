package app.accord.events;

import java.util.List;

import app.accord.teams.TeamId;

/**
 * What other modules may ask about events.
 */
public interface Events {

	/**
	 * The events the team registered for and was not waitlisted or cancelled, newest
	 * first.
	 */
	List<Attendance> participationOf(TeamId team);

}
