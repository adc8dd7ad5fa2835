package app.accord.teams.team;

import java.time.LocalDate;
import java.util.List;

import app.accord.directory.Region;
import app.accord.teams.Composition;

/** A team in the staff list and its exports. */
public record TeamListRow(long id, String displayName, String name, String leaCdsCode, String leaName, String county,
		Region region, Composition composition, boolean meetingRegularly, LocalDate lastMeeting, List<String> coLeads) {
}
