package app.accord.surveys.reports;

import app.accord.surveys.instruments.ItemKind;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import app.accord.shared.Spreadsheets;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A report's aggregates as CSV: one row per item and group, hidden figures left empty and
 * marked. Cells a spreadsheet would read as a formula get a leading quote.
 */
@Component
class ReportExport {

	private final MessageSource messages;

	ReportExport(MessageSource messages) {
		this.messages = messages;
	}

	String csv(Report report, Locale locale) {
		var rows = new ArrayList<List<String>>();
		var header = new ArrayList<>(List.of(m("surveys.csv.item", locale), m("surveys.csv.text", locale),
				m("surveys.csv.group", locale), "N", m("surveys.csv.agreePercent", locale)));
		for (var point = 1; point <= 5; point++) {
			header.add(m("surveys.csv.point", locale, point));
		}
		header.add(m("surveys.csv.na", locale));
		header.add(m("surveys.csv.suppressed", locale));
		rows.add(header);
		for (var item : report.items()) {
			if (item.kind() != ItemKind.LIKERT) {
				if (item.kind() == ItemKind.CHOICE) {
					for (var choice : item.choices()) {
						rows.add(row(item.code(), item.text(), choice.label(),
								choice.count() == null ? "" : String.valueOf(choice.count()), "", List.of(), null,
								choice.suppressed(), locale));
					}
				}
				continue;
			}
			rows.add(cellRow(item, item.total(), m("surveys.report.everyone", locale), locale));
			for (var cell : item.groups()) {
				rows.add(cellRow(item, cell, cell.label(), locale));
			}
		}
		rows.add(0, List.of(report.title(), report.leaName() == null ? "" : report.leaName(),
				m("surveys.csv.responses", locale, report.responses(), report.headcount())));
		return Spreadsheets.csvWithBom(rows);
	}

	private List<String> cellRow(Report.ItemResult item, Report.Cell cell, String group, Locale locale) {
		return row(item.code(), item.text(), group, cell.n() == null ? "" : String.valueOf(cell.n()),
				cell.agreePercent() == null ? "" : String.valueOf(cell.agreePercent()), cell.distribution(),
				cell.notApplicable(), cell.suppressed(), locale);
	}

	private List<String> row(String code, String text, String group, String n, String agree, List<Long> distribution,
			Long na, boolean suppressed, Locale locale) {
		var row = new ArrayList<>(List.of(code, text, group == null ? "" : group, n, agree));
		for (var point = 0; point < 5; point++) {
			row.add(point < distribution.size() ? String.valueOf(distribution.get(point)) : "");
		}
		row.add(na == null ? "" : String.valueOf(na));
		row.add(suppressed ? m("common.yes", locale) : "");
		return row;
	}

	private String m(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, locale);
	}

}
