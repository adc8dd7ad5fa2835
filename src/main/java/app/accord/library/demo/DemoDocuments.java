package app.accord.library.demo;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** PDF and Word files written on the fly for the demo library. */
final class DemoDocuments {

	private DemoDocuments() {
	}

	/** A PDF with a title page and one page per section (heading, then paragraphs). */
	static byte[] pdf(String title, List<List<String>> sections) {
		try (var document = new PDDocument(); var out = new ByteArrayOutputStream()) {
			var regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
			var bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
			page(document, bold, 20, List.of(title));
			for (var section : sections) {
				var lines = new ArrayList<String>();
				for (var paragraph : section.subList(1, section.size())) {
					lines.addAll(wrap(paragraph, 85));
					lines.add("");
				}
				var page = page(document, bold, 14, List.of(section.get(0)));
				try (var content = new PDPageContentStream(document, page, PDPageContentStream.AppendMode.APPEND,
						true)) {
					content.beginText();
					content.setFont(regular, 11);
					content.setLeading(15);
					content.newLineAtOffset(60, 680);
					for (var line : lines.subList(0, Math.min(lines.size(), 40))) {
						content.showText(line);
						content.newLine();
					}
					content.endText();
				}
			}
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static PDPage page(PDDocument document, PDType1Font font, int size, List<String> heading)
			throws IOException {
		var page = new PDPage();
		document.addPage(page);
		try (var content = new PDPageContentStream(document, page)) {
			content.beginText();
			content.setFont(font, size);
			content.setLeading(size * 1.4f);
			content.newLineAtOffset(60, 720);
			for (var line : heading) {
				for (var part : wrap(line, 50)) {
					content.showText(part);
					content.newLine();
				}
			}
			content.endText();
		}
		return page;
	}

	static byte[] docx(String title, List<String> paragraphs) {
		try (var document = new XWPFDocument(); var out = new ByteArrayOutputStream()) {
			var heading = document.createParagraph().createRun();
			heading.setBold(true);
			heading.setFontSize(16);
			heading.setText(title);
			for (var paragraph : paragraphs) {
				document.createParagraph().createRun().setText(paragraph);
			}
			document.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Only characters the standard PDF fonts can draw (WinAnsi covers Spanish accents).
	 */
	private static List<String> wrap(String text, int width) {
		var lines = new ArrayList<String>();
		var line = new StringBuilder();
		for (var word : text.split("\\s+")) {
			if (line.length() + word.length() + 1 > width && !line.isEmpty()) {
				lines.add(line.toString());
				line.setLength(0);
			}
			if (!line.isEmpty()) {
				line.append(' ');
			}
			line.append(word);
		}
		if (!line.isEmpty()) {
			lines.add(line.toString());
		}
		return lines;
	}

}
