package app.accord.networks.network;

import java.util.List;

import app.accord.shared.Spreadsheets;
import app.accord.shared.web.Downloads;

import org.springframework.http.ResponseEntity;

/**
 * A table of the networks pages sent as a spreadsheet: XLSX when asked, CSV otherwise.
 */
public final class NetworkDownloads {

	private NetworkDownloads() {
	}

	public static ResponseEntity<byte[]> table(List<List<String>> table, String format, String name, String sheet) {
		if ("xlsx".equals(format)) {
			return Downloads.xlsx(Spreadsheets.xlsx(table, sheet), name + ".xlsx");
		}
		return Downloads.csv(Spreadsheets.csv(table), name + ".csv");
	}

}
