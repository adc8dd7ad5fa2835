package app.accord.events.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Name badges (six to a US Letter page) and sign-in sheets as PDF. The standard Helvetica
 * fonts cover Western European names; a character they cannot draw is replaced by "?".
 */
final class Pdfs {

	private static final PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

	private static final PDType1Font REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);

	private Pdfs() {
	}

	record Person(String name, String registration, String role) {
	}

	static byte[] badges(String eventTitle, List<Person> people) {
		try (var document = new PDDocument()) {
			var width = PDRectangle.LETTER.getWidth();
			var height = PDRectangle.LETTER.getHeight();
			var margin = 36f;
			var badgeWidth = (width - 2 * margin) / 2;
			var badgeHeight = (height - 2 * margin) / 3;
			for (var start = 0; start < Math.max(1, people.size()); start += 6) {
				var page = new PDPage(PDRectangle.LETTER);
				document.addPage(page);
				try (var content = new PDPageContentStream(document, page)) {
					for (var i = start; i < Math.min(start + 6, people.size()); i++) {
						var slot = i - start;
						var x = margin + (slot % 2) * badgeWidth;
						var y = height - margin - (slot / 2 + 1) * badgeHeight;
						content.addRect(x + 4, y + 4, badgeWidth - 8, badgeHeight - 8);
						content.stroke();
						var person = people.get(i);
						text(content, REGULAR, 10, x + 16, y + badgeHeight - 30,
								fit(REGULAR, 10, eventTitle, badgeWidth - 32));
						text(content, BOLD, 24, x + 16, y + badgeHeight / 2 + 10,
								fit(BOLD, 24, person.name(), badgeWidth - 32));
						text(content, REGULAR, 13, x + 16, y + badgeHeight / 2 - 16,
								fit(REGULAR, 13, person.registration(), badgeWidth - 32));
						text(content, REGULAR, 11, x + 16, y + badgeHeight / 2 - 34,
								fit(REGULAR, 11, person.role(), badgeWidth - 32));
					}
				}
			}
			return save(document);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static byte[] signInSheet(String eventTitle, String when, List<Person> people, String nameHeader, String teamHeader,
			String signatureHeader) {
		try (var document = new PDDocument()) {
			var width = PDRectangle.LETTER.getWidth();
			var height = PDRectangle.LETTER.getHeight();
			var margin = 40f;
			var rowHeight = 26f;
			var perPage = 24;
			for (var start = 0; start < Math.max(1, people.size()); start += perPage) {
				var page = new PDPage(PDRectangle.LETTER);
				document.addPage(page);
				try (var content = new PDPageContentStream(document, page)) {
					var y = height - margin;
					text(content, BOLD, 14, margin, y, fit(BOLD, 14, eventTitle, width - 2 * margin));
					y -= 18;
					text(content, REGULAR, 10, margin, y, fit(REGULAR, 10, when, width - 2 * margin));
					y -= 28;
					var columns = new float[] { margin, margin + 190, margin + 380 };
					text(content, BOLD, 10, columns[0], y, nameHeader);
					text(content, BOLD, 10, columns[1], y, teamHeader);
					text(content, BOLD, 10, columns[2], y, signatureHeader);
					y -= 8;
					for (var i = start; i < Math.min(start + perPage, people.size()); i++) {
						var person = people.get(i);
						y -= rowHeight;
						text(content, REGULAR, 10, columns[0], y + 6, fit(REGULAR, 10, person.name(), 180));
						text(content, REGULAR, 9, columns[1], y + 6, fit(REGULAR, 9, person.registration(), 180));
						content.moveTo(margin, y);
						content.lineTo(width - margin, y);
						content.stroke();
					}
				}
			}
			return save(document);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void text(PDPageContentStream content, PDType1Font font, float size, float x, float y, String text)
			throws IOException {
		if (text == null || text.isEmpty()) {
			return;
		}
		content.beginText();
		content.setFont(font, size);
		content.newLineAtOffset(x, y);
		content.showText(text);
		content.endText();
	}

	/** Drawable by the font and cut with an ellipsis to the width. */
	static String fit(PDType1Font font, float size, String text, float maxWidth) throws IOException {
		if (text == null) {
			return "";
		}
		var safe = new StringBuilder();
		text.codePoints().forEach(cp -> {
			var s = new String(Character.toChars(cp));
			safe.append(canDraw(font, s) ? s : "?");
		});
		var result = safe.toString().replaceAll("[\\r\\n\\t]", " ");
		if (width(font, size, result) <= maxWidth) {
			return result;
		}
		while (!result.isEmpty() && width(font, size, result + "...") > maxWidth) {
			result = result.substring(0, result.length() - 1);
		}
		return result + "...";
	}

	private static boolean canDraw(PDType1Font font, String s) {
		try {
			font.encode(s);
			return true;
		}
		catch (IllegalArgumentException | IOException ex) {
			return false;
		}
	}

	private static float width(PDType1Font font, float size, String text) throws IOException {
		return font.getStringWidth(text) / 1000 * size;
	}

	private static byte[] save(PDDocument document) throws IOException {
		var out = new ByteArrayOutputStream();
		document.save(out);
		return out.toByteArray();
	}

}
