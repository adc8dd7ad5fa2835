package app.accord.events;

import java.util.Collection;
import java.util.List;

import app.accord.teams.TeamId;

/**
 * What other modules may ask about events (a network's convenings, for instance). Modules
 * keep their own links to events by {@link EventId}; answers are not filtered by the
 * caller's rights.
 */
public interface Convenings {

	/** The events with these ids, by start; ids that name no event are left out. */
	List<ConveningSummary> find(Collection<EventId> ids);

	/** Regional network convenings that are not cancelled, by start. */
	List<ConveningSummary> networkConvenings();

	/** Summer Institutes that are not cancelled, by start. */
	List<ConveningSummary> summerInstitutes();

	/**
	 * The confirmed registrations of these teams at these events; a team with no
	 * confirmed registration at an event has no row for it.
	 */
	List<ConveningAttendance> attendance(Collection<EventId> events, Collection<TeamId> teams);

}
