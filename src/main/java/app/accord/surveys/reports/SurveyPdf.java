package app.accord.surveys.reports;

import app.accord.surveys.instruments.ItemKind;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import app.accord.shared.PdfFont;
import app.accord.shared.PdfFont.Weight;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A report as a PDF to hand to a board: a cover page with the areas of clear impact (the
 * items most agreed with), then every item with its N, share agreeing and distribution
 * drawn as a diverging bar, group by group. It prints the {@link Report} the page shows,
 * so whatever the page hides is not in the PDF either.
 * <p>
 * Text is set in the {@link PdfFont} every PDF uses (Latin, Greek and Cyrillic; any other
 * character prints as "?"). Comments are drawn as text, never interpreted, so markup in
 * them prints as typed.
 */
@Component
class SurveyPdf {

	/** Items on the cover, most agreed with first. */
	static final int HEADLINES = 5;

	/** Administrations the PDF's trend table shows, latest last. */
	static final int TREND_COLUMNS = 6;

	private static final float MARGIN = 54;

	private static final float PAGE_WIDTH = PDRectangle.LETTER.getWidth();

	private static final float PAGE_HEIGHT = PDRectangle.LETTER.getHeight();

	private static final float TEXT_WIDTH = PAGE_WIDTH - 2 * MARGIN;

	private static final float BAR_WIDTH = 250;

	private static final float BAR_HEIGHT = 14;

	private final MessageSource messages;

	SurveyPdf(MessageSource messages) {
		this.messages = messages;
	}

	byte[] render(Report report, List<Comparison> comparisons, Locale locale) {
		try (var document = new PDDocument()) {
			var pages = new Pages(document, PdfFont.embedIn(document));
			cover(pages, report, locale);
			if (!report.items().isEmpty()) {
				pages.newPage();
				legend(pages, locale);
				if (report.trend().shown()) {
					trend(pages, report.trend(), locale);
				}
				for (var item : report.items()) {
					switch (item.kind()) {
						case LIKERT -> likert(pages, report, item, comparisons, locale);
						case CHOICE -> choice(pages, report, item, locale);
						case TEXT -> comments(pages, item, locale);
					}
				}
			}
			pages.close();
			pages.footers(report.title());
			var out = new ByteArrayOutputStream();
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void cover(Pages pages, Report report, Locale locale) throws IOException {
		pages.newPage();
		pages.paragraph(m("surveys.pdf.kind", locale), 11, false, MARGIN, TEXT_WIDTH);
		pages.space(6);
		pages.paragraph(report.title(), 22, true, MARGIN, TEXT_WIDTH);
		pages.space(4);
		pages.paragraph(
				report.leaName() != null ? report.leaName()
						: report.leaCdsCode() != null ? report.leaCdsCode() : m("surveys.report.allLeas", locale),
				14, false, MARGIN, TEXT_WIDTH);
		pages.space(18);
		var headline = m("surveys.report.nOf", locale, report.responses(), report.headcount());
		if (report.responseRatePercent() != null) {
			headline += " · " + m("surveys.report.rate", locale, report.responseRatePercent());
		}
		pages.paragraph(headline, 15, true, MARGIN, TEXT_WIDTH);
		if (report.headcountWarning()) {
			pages.space(4);
			pages.paragraph(m("surveys.report.headcountWarning", locale), 11, false, MARGIN, TEXT_WIDTH);
		}
		pages.space(24);
		if (report.suppressed()) {
			pages.paragraph(report.responses() < report.minimum() ? m("surveys.report.tooFew", locale, report.minimum())
					: m("surveys.report.hiddenLea", locale), 12, false, MARGIN, TEXT_WIDTH);
		}
		else {
			var headlines = report.items()
				.stream()
				.filter(item -> item.kind() == ItemKind.LIKERT && item.total().agreePercent() != null)
				.sorted(Comparator.comparing((Report.ItemResult item) -> item.total().agreePercent()).reversed())
				.limit(HEADLINES)
				.toList();
			if (!headlines.isEmpty()) {
				pages.paragraph(m("surveys.pdf.impact", locale), 16, true, MARGIN, TEXT_WIDTH);
				pages.space(10);
				for (var item : headlines) {
					pages.ensure(44);
					var top = pages.y;
					pages.text(MARGIN, top - 22, 26, true, item.total().agreePercent() + "%");
					pages.y = top;
					pages.paragraph(item.text(), 12, false, MARGIN + 86, TEXT_WIDTH - 86);
					pages.paragraph(m("surveys.pdf.agreeOf", locale, item.total().n()), 9, false, MARGIN + 86,
							TEXT_WIDTH - 86);
					pages.y = Math.min(pages.y, top - 30) - 12;
				}
			}
		}
		pages.space(12);
		pages.paragraph(m("surveys.report.minimumNote", locale, report.minimum()), 9, false, MARGIN, TEXT_WIDTH);
	}

	private void legend(Pages pages, Locale locale) throws IOException {
		var x = MARGIN;
		pages.ensure(20);
		for (var point = 1; point <= 5; point++) {
			var label = m("surveys.likert5." + point, locale);
			pages.rect(x, pages.y - 10, 10, 10, DivergingChart.fill(5, point));
			pages.text(x + 14, pages.y - 9, 8, false, label);
			x += 14 + pages.width(label, 8) + 12;
		}
		pages.y -= 26;
	}

	private void likert(Pages pages, Report report, Report.ItemResult item, List<Comparison> comparisons, Locale locale)
			throws IOException {
		var rows = new ArrayList<Row>();
		for (var cell : item.rows()) {
			rows.add(new Row(cell.label() != null ? cell.label() : m("surveys.report.everyone", locale), cell));
		}
		for (var comparison : comparisons) {
			var cell = comparison.item(item.code());
			if (cell != null) {
				rows.add(new Row(comparison.label(), cell));
			}
		}
		pages.ensure(40 + Math.min(rows.size(), 4) * 20);
		pages.paragraph(item.text(), 12, true, MARGIN, TEXT_WIDTH);
		pages.space(4);
		var columns = new float[] { MARGIN, MARGIN + 150, MARGIN + 200, MARGIN + 254 };
		pages.text(columns[0], pages.y - 9, 8, true, m("surveys.csv.group", locale));
		pages.text(columns[1], pages.y - 9, 8, true, "N");
		pages.text(columns[2], pages.y - 9, 8, true, m("surveys.csv.agreePercent", locale));
		pages.text(columns[3], pages.y - 9, 8, true, m("surveys.report.distribution", locale));
		pages.y -= 16;
		for (var row : rows) {
			pages.ensure(20);
			var baseline = pages.y - 11;
			var cell = row.cell();
			pages.text(columns[0], baseline, 9, false, pages.fit(row.label(), 9, 145));
			if (cell.suppressed()) {
				pages.text(columns[1], baseline, 9, false, m("surveys.report.hidden", locale));
				pages.text(columns[3], baseline, 8, false, pages.fit(m("surveys.pdf.hidden", locale), 8, BAR_WIDTH));
			}
			else {
				pages.text(columns[1], baseline, 9, false, String.valueOf(cell.n()));
				pages.text(columns[2], baseline, 9, true,
						cell.agreePercent() == null ? "—" : cell.agreePercent() + "%");
				bar(pages, columns[3], pages.y - BAR_HEIGHT - 1, item.points(), cell.percents());
			}
			pages.y -= 19;
		}
		if (item.allowNa() && !item.total().suppressed() && item.total().notApplicable() > 0) {
			pages.paragraph(m("surveys.report.naCount", locale, item.total().notApplicable()), 8, false, MARGIN,
					TEXT_WIDTH);
		}
		pages.space(14);
	}

	/** The trend table of the page, for the latest administrations that fit across. */
	private void trend(Pages pages, Report.Trend trend, Locale locale) throws IOException {
		var columns = trend.administrations();
		var from = Math.max(0, columns.size() - TREND_COLUMNS);
		var first = MARGIN + 220;
		var step = (TEXT_WIDTH - 220) / (columns.size() - from);
		pages.ensure(60);
		pages.paragraph(m("surveys.report.trend", locale), 12, true, MARGIN, TEXT_WIDTH);
		pages.space(4);
		for (var i = from; i < columns.size(); i++) {
			var x = first + (i - from) * step;
			pages.text(x, pages.y - 9, 8, true, pages.fit(columns.get(i).title(), 8, step - 6));
			pages.text(x, pages.y - 19, 8, false, String.valueOf(columns.get(i).opensOn()));
		}
		pages.y -= 26;
		for (var row : trend.items()) {
			var lines = pages.wrap(row.text(), 9, 210);
			pages.ensure(lines.size() * 12 + 4);
			var top = pages.y;
			for (var i = from; i < columns.size(); i++) {
				var percent = row.agreePercents().get(i);
				pages.text(first + (i - from) * step, top - 9, 9, false, percent == null ? "—" : percent + "%");
			}
			pages.paragraph(row.text(), 9, false, MARGIN, 210);
			pages.y -= 4;
		}
		pages.space(14);
	}

	/** The page's diverging bar, scaled to the PDF column: same segments, same fills. */
	private void bar(Pages pages, float x, float y, int points, List<Integer> percents) throws IOException {
		var scale = BAR_WIDTH / DivergingChart.WIDTH;
		for (var segment : DivergingChart.segments(points, percents)) {
			var left = x + (float) segment.x() * scale;
			var width = (float) segment.width() * scale;
			if (width <= 0) {
				continue;
			}
			pages.rect(left, y, width, BAR_HEIGHT, segment.fill());
			var label = String.valueOf(segment.percent());
			if (width >= pages.width(label, 7) + 4) {
				pages.text(left + (width - pages.width(label, 7)) / 2, y + 4, 7, false, label,
						segment.dark() ? "#ffffff" : "#000000");
			}
		}
		pages.line(x + BAR_WIDTH / 2, y - 2, x + BAR_WIDTH / 2, y + BAR_HEIGHT + 2);
	}

	private void choice(Pages pages, Report report, Report.ItemResult item, Locale locale) throws IOException {
		pages.ensure(40);
		pages.paragraph(item.text(), 12, true, MARGIN, TEXT_WIDTH);
		pages.space(4);
		if (item.total().suppressed()) {
			pages.paragraph(m("surveys.report.hiddenGroup", locale, report.minimum()), 9, false, MARGIN, TEXT_WIDTH);
		}
		for (var choice : item.choices()) {
			pages.ensure(14);
			var baseline = pages.y - 10;
			pages.text(MARGIN, baseline, 9, false, pages.fit(choice.label(), 9, 250));
			pages.text(MARGIN + 260, baseline, 9, false,
					choice.suppressed() ? m("surveys.report.hidden", locale) : String.valueOf(choice.count()));
			if (!choice.suppressed() && choice.percent() != null) {
				pages.text(MARGIN + 320, baseline, 9, false, choice.percent() + "%");
			}
			pages.y -= 14;
		}
		pages.space(14);
	}

	private void comments(Pages pages, Report.ItemResult item, Locale locale) throws IOException {
		pages.ensure(40);
		pages.paragraph(item.text(), 12, true, MARGIN, TEXT_WIDTH);
		pages.paragraph(m("surveys.report.commentsNote", locale, item.comments().size()), 8, false, MARGIN, TEXT_WIDTH);
		pages.space(6);
		for (var comment : item.comments()) {
			pages.text(MARGIN, pages.y - 9, 9, false, "•");
			pages.paragraph(comment, 9, false, MARGIN + 10, TEXT_WIDTH - 10);
			pages.space(4);
		}
		pages.space(14);
	}

	private String m(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, locale);
	}

	private record Row(String label, Report.Cell cell) {
	}

	/** Pages filled top to bottom: a new one starts when the next block does not fit. */
	private static final class Pages {

		private final PDDocument document;

		private final PdfFont font;

		private PDPageContentStream content;

		float y;

		Pages(PDDocument document, PdfFont font) {
			this.document = document;
			this.font = font;
		}

		void newPage() throws IOException {
			close();
			var page = new PDPage(PDRectangle.LETTER);
			document.addPage(page);
			content = new PDPageContentStream(document, page);
			y = PAGE_HEIGHT - MARGIN;
		}

		void close() throws IOException {
			if (content != null) {
				content.close();
				content = null;
			}
		}

		/** Starts a new page unless {@code height} points still fit above the footer. */
		void ensure(float height) throws IOException {
			if (y - height < MARGIN + 16) {
				newPage();
			}
		}

		void space(float height) {
			y -= height;
		}

		void paragraph(String text, float size, boolean bold, float x, float width) throws IOException {
			var leading = size * 1.3f;
			for (var line : wrap(text, size, width)) {
				ensure(leading);
				text(x, y - size, size, bold, line);
				y -= leading;
			}
		}

		void text(float x, float baseline, float size, boolean bold, String text) throws IOException {
			text(x, baseline, size, bold, text, "#000000");
		}

		void text(float x, float baseline, float size, boolean bold, String text, String color) throws IOException {
			this.font.draw(content, bold ? Weight.BOLD : Weight.REGULAR, size, x, baseline, text, Color.decode(color));
		}

		void rect(float x, float y, float width, float height, String color) throws IOException {
			content.setNonStrokingColor(Color.decode(color));
			content.addRect(x, y, width, height);
			content.fill();
		}

		void line(float x1, float y1, float x2, float y2) throws IOException {
			content.setStrokingColor(0f, 0f, 0f);
			content.setLineWidth(0.8f);
			content.moveTo(x1, y1);
			content.lineTo(x2, y2);
			content.stroke();
		}

		float width(String text, float size) {
			return this.font.width(text, size);
		}

		String fit(String text, float size, float maxWidth) {
			return this.font.fit(text, size, maxWidth);
		}

		List<String> wrap(String text, float size, float maxWidth) {
			return this.font.wrap(text, size, maxWidth);
		}

		void footers(String title) throws IOException {
			var count = document.getNumberOfPages();
			var number = 0;
			for (var page : document.getPages()) {
				number++;
				try (var footer = new PDPageContentStream(document, page, PDPageContentStream.AppendMode.APPEND, true,
						true)) {
					content = footer;
					var label = number + " / " + count;
					text(MARGIN, MARGIN / 2, 8, false, fit(title, 8, TEXT_WIDTH - 60));
					text(PAGE_WIDTH - MARGIN - width(label, 8), MARGIN / 2, 8, false, label);
				}
			}
			content = null;
		}

	}

}
