package app.accord.networks.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import app.accord.networks.internal.EngagementViews.EngagementView;
import app.accord.networks.internal.NetworkDashboards.Dashboard;
import app.accord.networks.internal.NetworkViews.NetworkRow;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Tables of the dashboard and the overviews for CSV/XLSX, and the dashboard as a
 * printable one-page PDF for funders.
 */
@Component
class NetworkExports {

	private static final PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

	private static final PDType1Font REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);

	/** Rows of members that fit on the page; beyond, the PDF says how many more. */
	static final int PDF_MEMBER_ROWS = 24;

	private final MessageSource messages;

	NetworkExports(MessageSource messages) {
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

	List<List<String>> engagementsTable(List<EngagementView> rows, Locale locale) {
		var table = new ArrayList<List<String>>();
		table.add(List.of(m("networks.export.cdsCode", locale), m("networks.export.lea", locale),
				m("networks.engagement.organization", locale), m("networks.engagement.consultants", locale),
				m("networks.engagement.status", locale), m("networks.engagement.startsOn", locale),
				m("networks.engagement.endsOn", locale), m("networks.engagement.sessionsPlanned", locale),
				m("networks.engagement.sessionsHeld", locale), m("networks.engagement.hours", locale),
				m("networks.engagement.amount", locale)));
		for (var e : rows) {
			table.add(List.of(e.leaCdsCode(), e.leaName(), e.organization() == null ? "" : e.organization().name(),
					String.join("; ", e.consultants().stream().map(c -> c.name()).toList()),
					m(e.status().messageKey(), locale), e.startsOn().toString(), e.endsOn().toString(),
					String.valueOf(e.sessionsPlanned()), String.valueOf(e.sessionsHeld()), String.valueOf(e.hours()),
					e.amountCents() == null ? "" : String.format(Locale.US, "%.2f", e.amountCents() / 100.0)));
		}
		return table;
	}

	/**
	 * One US Letter page: the headline share, the convening targets and a line per
	 * member.
	 */
	byte[] dashboardPdf(Dashboard d, Locale locale) {
		try (var document = new PDDocument()) {
			var page = new PDPage(PDRectangle.LETTER);
			document.addPage(page);
			var width = PDRectangle.LETTER.getWidth();
			var margin = 48f;
			var y = PDRectangle.LETTER.getHeight() - margin;
			try (var content = new PDPageContentStream(document, page)) {
				text(content, BOLD, 16, margin, y, fit(BOLD, 16, d.networkName(), width - 2 * margin));
				y -= 18;
				text(content, REGULAR, 10, margin, y, fit(REGULAR, 10,
						m("networks.pdf.subtitle", locale, d.hubName(), d.asOf()), width - 2 * margin));
				y -= 40;
				text(content, BOLD, 32, margin, y, d.sharePercent() + "%");
				var headline = wrap(REGULAR, 11,
						m("networks.pdf.headline", locale, d.meetingRegularlyCount(), d.memberCount()),
						width - 2 * margin - 90);
				var lineY = y + 12;
				for (var line : headline.subList(0, Math.min(2, headline.size()))) {
					text(content, REGULAR, 11, margin + 90, lineY, line);
					lineY -= 13;
				}
				text(content, REGULAR, 9, margin + 90, lineY - 1,
						fit(REGULAR, 9, m("networks.pdf.rule", locale), width - 2 * margin - 90));
				y -= 36;
				text(content, BOLD, 11, margin, y, m("networks.pdf.convenings", locale));
				y -= 15;
				for (var target : d.targets()) {
					text(content, REGULAR, 10, margin, y,
							fit(REGULAR, 10,
									m("networks.pdf.target", locale, target.label(), target.convenings(),
											target.target(), target.summerInstitutes().isEmpty()
													? m("common.no", locale) : m("common.yes", locale)),
									width - 2 * margin));
					y -= 13;
				}
				y -= 14;
				var columns = new float[] { margin, margin + 200, margin + 290, margin + 375, margin + 450,
						width - margin };
				var headers = List.of(m("networks.export.lea", locale), m("networks.pdf.regular", locale),
						m("networks.export.lastMeeting", locale), m("networks.pdf.complete", locale),
						m("networks.pdf.attended", locale));
				for (var i = 0; i < headers.size(); i++) {
					text(content, BOLD, 9, columns[i], y,
							fit(BOLD, 9, headers.get(i), columns[i + 1] - columns[i] - 6));
				}
				y -= 4;
				content.moveTo(margin, y);
				content.lineTo(width - margin, y);
				content.stroke();
				var shown = 0;
				for (var line : d.members()) {
					if (shown == PDF_MEMBER_ROWS) {
						y -= 14;
						text(content, REGULAR, 9, margin, y,
								m("networks.pdf.more", locale, d.members().size() - PDF_MEMBER_ROWS));
						break;
					}
					y -= 14;
					text(content, REGULAR, 9, columns[0], y, fit(REGULAR, 9, line.leaName(), 195));
					text(content, REGULAR, 9, columns[1], y, yesNo(line.meetingRegularly(), locale));
					text(content, REGULAR, 9, columns[2], y,
							line.lastMeeting() == null ? "" : line.lastMeeting().toString());
					text(content, REGULAR, 9, columns[3], y, line.hasTeam()
							? yesNo(line.composition().complete(), locale) : m("networks.noTeam", locale));
					text(content, REGULAR, 9, columns[4], y,
							line.conveningsAttended() + "/" + d.conveningsHeld().size());
					shown++;
				}
				text(content, REGULAR, 8, margin, margin - 16,
						fit(REGULAR, 8, m("networks.pdf.footer", locale), width - 2 * margin));
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

	private static void text(PDPageContentStream content, PDType1Font font, float size, float x, float y, String text)
			throws IOException {
		if (text == null || text.isEmpty()) {
			return;
		}
		content.beginText();
		content.setFont(font, size);
		content.newLineAtOffset(x, y);
		content.showText(fit(font, size, text, Float.MAX_VALUE));
		content.endText();
	}

	/** The text in lines no wider than the width, broken between words. */
	static List<String> wrap(PDType1Font font, float size, String text, float maxWidth) throws IOException {
		var lines = new ArrayList<String>();
		var line = new StringBuilder();
		for (var word : text.split(" ")) {
			var candidate = line.isEmpty() ? word : line + " " + word;
			if (!line.isEmpty()
					&& font.getStringWidth(fit(font, size, candidate, Float.MAX_VALUE)) / 1000 * size > maxWidth) {
				lines.add(line.toString());
				line = new StringBuilder(word);
			}
			else {
				line = new StringBuilder(candidate);
			}
		}
		if (!line.isEmpty()) {
			lines.add(line.toString());
		}
		return lines;
	}

	/** Drawable by the font (others become "?") and cut with an ellipsis to the width. */
	static String fit(PDType1Font font, float size, String text, float maxWidth) throws IOException {
		if (text == null) {
			return "";
		}
		var safe = new StringBuilder();
		for (var cp : text.replaceAll("[\\r\\n\\t]", " ").codePoints().toArray()) {
			var s = new String(Character.toChars(cp));
			try {
				font.encode(s);
				safe.append(s);
			}
			catch (IllegalArgumentException | IOException ex) {
				safe.append('?');
			}
		}
		var result = safe.toString();
		if (font.getStringWidth(result) / 1000 * size <= maxWidth) {
			return result;
		}
		while (!result.isEmpty() && font.getStringWidth(result + "...") / 1000 * size > maxWidth) {
			result = result.substring(0, result.length() - 1);
		}
		return result + "...";
	}

}
