package app.accord.teams;

import java.time.LocalDate;

/**
 * One occasion a team took part in, for its participation history.
 *
 * @param link the page of the occasion, relative to the application
 * @param attendees how many of the team's people were registered
 * @param checkedIn how many of them were checked in at the door
 */
public record Participation(String title, LocalDate on, String link, int attendees, int checkedIn) {
}
