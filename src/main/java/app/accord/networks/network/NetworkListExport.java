package app.accord.networks.network;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import app.accord.networks.network.NetworkViews.NetworkRow;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The list of networks as a table for CSV/XLSX. */
@Component
class NetworkListExport {

	private final MessageSource messages;

	NetworkListExport(MessageSource messages) {
		this.messages = messages;
	}

	List<List<String>> networksTable(List<NetworkRow> rows, Locale locale) {
		var table = new ArrayList<List<String>>();
		table.add(List.of(m("networks.field.name", locale), m("networks.field.hub", locale),
				m("networks.field.region", locale), m("networks.field.schoolYears", locale),
				m("networks.list.members", locale)));
		for (var row : rows) {
			table.add(List.of(row.name(), row.hubName(), m(row.region().messageKey(), locale), row.schoolYears(),
					String.valueOf(row.currentMembers())));
		}
		return table;
	}

	private String m(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, key, locale);
	}

}
