package app.accord.events;

import app.accord.teams.TeamId;

/**
 * A team's people at one event: how many its confirmed registration names and how many of
 * them were checked in at the door.
 */
public record ConveningAttendance(EventId event, TeamId team, int registered, int checkedIn) {
}
