package app.accord.events;

import java.time.LocalDate;

/**
 * One event a team took part in, for its participation history.
 *
 * @param checkedIn how many of the team's attendees were checked in at the door
 */
public record Attendance(EventId event, String title, LocalDate startsOn, int attendees, int checkedIn) {
}
