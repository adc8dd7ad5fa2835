package app.accord.shared;

import java.awt.Color;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;

/**
 * The one font of every PDF Accord prints: Liberation Sans, which PDFBox ships in its own
 * jar (SIL Open Font License 1.1), embedded as a subset. It covers Latin (Vietnamese and
 * Polish included), Greek and Cyrillic, and is metric-compatible with Helvetica and
 * Arial. Text is always made safe before it is measured or drawn: a character the font
 * has no glyph for (Chinese, emoji) prints as "?" rather than failing the PDF.
 * <p>
 * The jar holds the regular face only, so bold is the regular glyphs filled and outlined
 * with a thin stroke.
 */
public final class PdfFont {

	static final String RESOURCE = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

	/** What a character the font cannot draw prints as. */
	public static final String REPLACEMENT = "?";

	private static final String ELLIPSIS = "…";

	private static volatile byte[] fontFile;

	private final PDType0Font font;

	private final Map<Integer, Boolean> drawable = new HashMap<>();

	private PdfFont(PDType0Font font) {
		this.font = font;
	}

	public enum Weight {

		REGULAR, BOLD

	}

	/** The font, ready to draw on the document's pages; only the glyphs used are kept. */
	public static PdfFont embedIn(PDDocument document) throws IOException {
		return new PdfFont(PDType0Font.load(document, new ByteArrayInputStream(fontFile())));
	}

	private static byte[] fontFile() throws IOException {
		var bytes = fontFile;
		if (bytes == null) {
			try (var in = PDDocument.class.getResourceAsStream(RESOURCE)) {
				if (in == null) {
					throw new IOException("PDFBox no longer ships " + RESOURCE);
				}
				bytes = in.readAllBytes();
			}
			fontFile = bytes;
		}
		return bytes;
	}

	/** Draws one line in black, made safe first. */
	public void draw(PDPageContentStream content, Weight weight, float size, float x, float baseline, String text)
			throws IOException {
		draw(content, weight, size, x, baseline, text, Color.BLACK);
	}

	/**
	 * Draws one line, made safe first, leaving the page's colours, line width and text
	 * state as they were.
	 */
	public void draw(PDPageContentStream content, Weight weight, float size, float x, float baseline, String text,
			Color color) throws IOException {
		var safe = safe(text);
		if (safe.isBlank()) {
			return;
		}
		content.saveGraphicsState();
		content.beginText();
		content.setFont(this.font, size);
		content.setNonStrokingColor(color);
		if (weight == Weight.BOLD) {
			content.setRenderingMode(RenderingMode.FILL_STROKE);
			content.setStrokingColor(color);
			content.setLineWidth(size / 30);
		}
		content.newLineAtOffset(x, baseline);
		content.showText(safe);
		content.endText();
		content.restoreGraphicsState();
	}

	/** Width in points of the text as it would be drawn. */
	public float width(String text, float size) {
		try {
			return this.font.getStringWidth(safe(text)) / 1000 * size;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** One line, made safe and cut with an ellipsis to the width. */
	public String fit(String text, float size, float maxWidth) {
		var result = safe(text);
		if (width(result, size) <= maxWidth) {
			return result;
		}
		while (!result.isEmpty() && width(result + ELLIPSIS, size) > maxWidth) {
			result = result.substring(0, result.length() - 1).stripTrailing();
		}
		return result + ELLIPSIS;
	}

	/**
	 * Lines no wider than the width: line breaks in the text are kept, lines are broken
	 * between words, and a word wider than the line (a URL, a run of letters) is cut
	 * where it must be.
	 */
	public List<String> wrap(String text, float size, float maxWidth) {
		var lines = new ArrayList<String>();
		for (var paragraph : safe(text, true).split("\n")) {
			var line = new StringBuilder();
			for (var word : paragraph.split(" ")) {
				while (word.length() > 1 && width(word, size) > maxWidth) {
					var cut = word.length() - 1;
					while (cut > 1 && width(word.substring(0, cut), size) > maxWidth) {
						cut--;
					}
					if (!line.isEmpty()) {
						lines.add(line.toString());
						line.setLength(0);
					}
					lines.add(word.substring(0, cut));
					word = word.substring(cut);
				}
				var candidate = line.isEmpty() ? word : line + " " + word;
				if (width(candidate, size) > maxWidth && !line.isEmpty()) {
					lines.add(line.toString());
					line.setLength(0);
					line.append(word);
				}
				else {
					line.setLength(0);
					line.append(candidate);
				}
			}
			lines.add(line.toString());
		}
		return lines;
	}

	/**
	 * The text on one line as the font can draw it: line breaks and other control
	 * characters become spaces, invisible formatting the font lacks (joiners, variation
	 * selectors) goes, and any other character without a glyph becomes "?".
	 */
	public String safe(String text) {
		return safe(text, false);
	}

	private String safe(String text, boolean keepLines) {
		if (text == null) {
			return "";
		}
		// Composed letters, so "e" followed by combining accents prints as the one glyph.
		var composed = Normalizer.normalize(text, Normalizer.Form.NFC).replace("\r\n", "\n").replace('\r', '\n');
		var safe = new StringBuilder(composed.length());
		composed.codePoints().forEach(cp -> {
			if (cp == '\n' && keepLines) {
				safe.append('\n');
			}
			else if (Character.isWhitespace(cp) || Character.isISOControl(cp)) {
				safe.append(' ');
			}
			else if (this.drawable.computeIfAbsent(cp, this::canDraw)) {
				safe.appendCodePoint(cp);
			}
			else if (!invisible(cp)) {
				safe.append(REPLACEMENT);
			}
		});
		return safe.toString();
	}

	private boolean canDraw(int codePoint) {
		try {
			this.font.encode(new String(Character.toChars(codePoint)));
			return true;
		}
		catch (IllegalArgumentException | IOException ex) {
			return false;
		}
	}

	private static boolean invisible(int codePoint) {
		return Character.getType(codePoint) == Character.FORMAT || (codePoint >= 0xFE00 && codePoint <= 0xFE0F)
				|| (codePoint >= 0xE0100 && codePoint <= 0xE01EF);
	}

}
