package app.accord.teams.staff;

import app.accord.teams.team.TeamListRow;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The staff team list as a table, which {@link app.accord.shared.Spreadsheets} writes as
 * CSV or XLSX.
 */
@Component
class TeamExport {

	private static final String[] HEADERS = { "teams.export.cdsCode", "teams.export.lea", "teams.export.team",
			"teams.export.county", "teams.export.region", "teams.export.labor", "teams.export.management",
			"teams.export.complete", "teams.export.missing", "teams.export.regular", "teams.export.lastMeeting",
			"teams.export.coLeads" };

	private final MessageSource messages;

	TeamExport(MessageSource messages) {
		this.messages = messages;
	}

	List<List<String>> table(List<TeamListRow> rows, Locale locale) {
		var table = new ArrayList<List<String>>();
		var header = new ArrayList<String>();
		for (var key : HEADERS) {
			header.add(messages.getMessage(key, null, locale));
		}
		table.add(header);
		for (var row : rows) {
			table.add(List.of(row.leaCdsCode(), row.leaName(), row.name() == null ? "" : row.name(), row.county(),
					row.region() == null ? "" : messages.getMessage(row.region().messageKey(), null, locale),
					String.valueOf(row.composition().laborCount()), String.valueOf(row.composition().managementCount()),
					yesNo(row.composition().complete(), locale),
					String.join("; ",
							row.composition()
								.missingRoles()
								.stream()
								.map(r -> messages.getMessage(r.messageKey(), null, locale))
								.toList()),
					yesNo(row.meetingRegularly(), locale),
					row.lastMeeting() == null ? "" : row.lastMeeting().toString(), String.join("; ", row.coLeads())));
		}
		return table;
	}

	private String yesNo(boolean value, Locale locale) {
		return messages.getMessage(value ? "common.yes" : "common.no", null, locale);
	}

}
