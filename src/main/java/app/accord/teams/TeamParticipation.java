package app.accord.teams;

import java.util.List;

/**
 * A module that knows where a team took part (events today, more later) contributes to
 * the team's participation history by implementing this. Teams shows the history without
 * depending on those modules; they depend on teams.
 */
public interface TeamParticipation {

	/** Where the team took part, in any order. */
	List<Participation> of(TeamId team);

}
