package app.accord.networks.dashboard;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import app.accord.networks.dashboard.NetworkDashboards.Dashboard;
import app.accord.shared.PdfFont;
import app.accord.shared.PdfFont.Weight;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The dashboard as a table for CSV/XLSX, and as a printable one-page PDF for funders. */
@Component
class DashboardExport {

	/** Rows of members that fit on the page; beyond, the PDF says how many more. */
	static final int PDF_MEMBER_ROWS = 24;

	private final MessageSource messages;

	DashboardExport(MessageSource messages) {
		this.messages = messages;
	}

	List<List<String>> dashboardTable(Dashboard d, Locale locale) {
		var table = new ArrayList<List<String>>();
		var header = new ArrayList<>(List.of(m("networks.export.cdsCode", locale), m("networks.export.lea", locale),
				m("networks.export.county", locale), m("networks.export.joinedOn", locale),
				m("networks.export.team", locale), m("networks.export.complete", locale),
				m("networks.export.labor", locale), m("networks.export.management", locale),
				m("networks.export.meetingRegularly", locale), m("networks.export.lastMeeting", locale),
				m("networks.export.attended", locale)));
		d.practices().forEach(p -> header.add(m("teams.practice." + p, locale)));
		table.add(header);
		for (var line : d.members()) {
			var row = new ArrayList<String>();
			row.add(line.cdsCode());
			row.add(line.leaName());
			row.add(text(line.county()));
			row.add(String.valueOf(line.joinedOn()));
			row.add(line.hasTeam() ? line.team().displayName() : "");
			row.add(line.hasTeam() ? yesNo(line.composition().complete(), locale) : "");
			row.add(line.hasTeam() ? String.valueOf(line.composition().laborCount()) : "");
			row.add(line.hasTeam() ? String.valueOf(line.composition().managementCount()) : "");
			row.add(yesNo(line.meetingRegularly(), locale));
			row.add(line.lastMeeting() == null ? "" : line.lastMeeting().toString());
			row.add(line.conveningsAttended() + "/" + d.conveningsHeld().size());
			for (var practice : d.practices()) {
				var stage = line.stageOf(practice);
				row.add(stage == null ? "" : m("teams.stage." + stage, locale));
			}
			table.add(row);
		}
		return table;
	}

	/**
	 * One US Letter page: the headline share, the convening targets and a line per
	 * member, set in the {@link PdfFont} every PDF uses.
	 */
	byte[] dashboardPdf(Dashboard d, Locale locale) {
		try (var document = new PDDocument()) {
			var font = PdfFont.embedIn(document);
			var page = new PDPage(PDRectangle.LETTER);
			document.addPage(page);
			var width = PDRectangle.LETTER.getWidth();
			var margin = 48f;
			var y = PDRectangle.LETTER.getHeight() - margin;
			try (var content = new PDPageContentStream(document, page)) {
				font.draw(content, Weight.BOLD, 16, margin, y, font.fit(d.networkName(), 16, width - 2 * margin));
				y -= 18;
				font.draw(content, Weight.REGULAR, 10, margin, y,
						font.fit(m("networks.pdf.subtitle", locale, d.hubName(), d.asOf()), 10, width - 2 * margin));
				y -= 40;
				font.draw(content, Weight.BOLD, 32, margin, y, d.sharePercent() + "%");
				var headline = font.wrap(m("networks.pdf.headline", locale, d.meetingRegularlyCount(), d.memberCount()),
						11, width - 2 * margin - 90);
				var lineY = y + 12;
				for (var line : headline.subList(0, Math.min(2, headline.size()))) {
					font.draw(content, Weight.REGULAR, 11, margin + 90, lineY, line);
					lineY -= 13;
				}
				font.draw(content, Weight.REGULAR, 9, margin + 90, lineY - 1,
						font.fit(m("networks.pdf.rule", locale), 9, width - 2 * margin - 90));
				y -= 36;
				font.draw(content, Weight.BOLD, 11, margin, y, m("networks.pdf.convenings", locale));
				y -= 15;
				for (var target : d.targets()) {
					font.draw(content, Weight.REGULAR, 10, margin, y,
							font.fit(
									m("networks.pdf.target", locale, target.label(), target.convenings(),
											target.target(), target.summerInstitutes().isEmpty()
													? m("common.no", locale) : m("common.yes", locale)),
									10, width - 2 * margin));
					y -= 13;
				}
				y -= 14;
				var columns = new float[] { margin, margin + 200, margin + 290, margin + 375, margin + 450,
						width - margin };
				var headers = List.of(m("networks.export.lea", locale), m("networks.pdf.regular", locale),
						m("networks.export.lastMeeting", locale), m("networks.pdf.complete", locale),
						m("networks.pdf.attended", locale));
				for (var i = 0; i < headers.size(); i++) {
					font.draw(content, Weight.BOLD, 9, columns[i], y,
							font.fit(headers.get(i), 9, columns[i + 1] - columns[i] - 6));
				}
				y -= 4;
				content.moveTo(margin, y);
				content.lineTo(width - margin, y);
				content.stroke();
				var shown = 0;
				for (var line : d.members()) {
					if (shown == PDF_MEMBER_ROWS) {
						y -= 14;
						font.draw(content, Weight.REGULAR, 9, margin, y,
								m("networks.pdf.more", locale, d.members().size() - PDF_MEMBER_ROWS));
						break;
					}
					y -= 14;
					font.draw(content, Weight.REGULAR, 9, columns[0], y, font.fit(line.leaName(), 9, 195));
					font.draw(content, Weight.REGULAR, 9, columns[1], y, yesNo(line.meetingRegularly(), locale));
					font.draw(content, Weight.REGULAR, 9, columns[2], y,
							line.lastMeeting() == null ? "" : line.lastMeeting().toString());
					font.draw(content, Weight.REGULAR, 9, columns[3], y, line.hasTeam()
							? yesNo(line.composition().complete(), locale) : m("networks.noTeam", locale));
					font.draw(content, Weight.REGULAR, 9, columns[4], y,
							line.conveningsAttended() + "/" + d.conveningsHeld().size());
					shown++;
				}
				font.draw(content, Weight.REGULAR, 8, margin, margin - 16,
						font.fit(m("networks.pdf.footer", locale), 8, width - 2 * margin));
			}
			var out = new ByteArrayOutputStream();
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private String m(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, key, locale);
	}

	private String yesNo(boolean value, Locale locale) {
		return m(value ? "common.yes" : "common.no", locale);
	}

	private static String text(String value) {
		return value == null ? "" : value;
	}

}
