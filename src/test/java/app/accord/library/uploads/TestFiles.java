package app.accord.library.uploads;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** Files for library tests, made on the fly. */
public final class TestFiles {

	private TestFiles() {
	}

	/** A PDF with one page per text, each text written line by line. */
	public static byte[] pdf(String... pages) {
		try (var document = new PDDocument(); var out = new ByteArrayOutputStream()) {
			var font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
			for (var text : pages) {
				var page = new PDPage();
				document.addPage(page);
				try (var content = new PDPageContentStream(document, page)) {
					content.beginText();
					content.setFont(font, 11);
					content.setLeading(14);
					content.newLineAtOffset(50, 740);
					for (var line : wrap(text, 90)) {
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

	static java.util.List<String> wrap(String text, int width) {
		var lines = new java.util.ArrayList<String>();
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
		return lines.subList(0, Math.min(lines.size(), 48));
	}

	public static byte[] docx(String text) {
		try (var document = new XWPFDocument(); var out = new ByteArrayOutputStream()) {
			document.createParagraph().createRun().setText(text);
			document.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A Windows executable's first bytes. */
	public static byte[] executable() {
		var bytes = new byte[512];
		bytes[0] = 'M';
		bytes[1] = 'Z';
		return bytes;
	}

	static byte[] png() {
		return new byte[] { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0 };
	}

	/**
	 * A "DOCX" whose document part inflates from a few kilobytes to 200 MB of zeros: a
	 * zip bomb.
	 */
	public static byte[] zipBombDocx() {
		try (var buffer = new ByteArrayOutputStream();
				var zip = new ZipOutputStream(buffer);
				var real = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(docx("small")))) {
			for (var entry = real.getNextEntry(); entry != null; entry = real.getNextEntry()) {
				zip.putNextEntry(new ZipEntry(entry.getName()));
				if (entry.getName().equals("word/document.xml")) {
					zip.write("<?xml version=\"1.0\"?><w:document xmlns:w=\"x\">".getBytes(StandardCharsets.UTF_8));
					var spaces = new byte[1024 * 1024];
					java.util.Arrays.fill(spaces, (byte) ' ');
					for (var i = 0; i < 200; i++) {
						zip.write(spaces);
					}
				}
				else {
					real.transferTo(zip);
				}
				zip.closeEntry();
			}
			zip.finish();
			return buffer.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
