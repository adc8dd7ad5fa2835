package app.accord.library.search;

import app.accord.library.uploads.FileType;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.extractor.ExtractorFactory;

/**
 * Reads the text of a PDF or Office file, stopping at a character cap and a deadline
 * checked as it goes, so a huge or hostile file ends with a known problem rather than
 * running on. Zip bombs disguised as Office files are refused by POI's inflation-ratio
 * check.
 */
public final class TextExtractor {

	static {
		// Refuse archives whose entries inflate more than 100 times or beyond 100 MB.
		ZipSecureFile.setMinInflateRatio(0.01);
		ZipSecureFile.setMaxEntrySize(100L * 1024 * 1024);
	}

	private TextExtractor() {
	}

	/** Why a file's text could not be read; the code names a message. */
	public static final class Problem extends Exception {

		private final String code;

		Problem(String code, Throwable cause) {
			super(code, cause);
			this.code = code;
		}

		public String code() {
			return code;
		}

	}

	public static String extract(Path file, FileType type, int maxChars, Instant deadline, Clock clock) throws Problem {
		var out = new CappedText(maxChars, deadline, clock);
		try {
			switch (type) {
				case PDF -> pdf(file, out);
				case DOCX, PPTX, XLSX -> office(file, out);
				default -> {
					return "";
				}
			}
		}
		catch (CappedText.Full ex) {
			// Enough text: the rest of the file is not read.
		}
		catch (CappedText.OutOfTime ex) {
			throw new Problem("timeout", ex);
		}
		catch (InvalidPasswordException | EncryptedDocumentException ex) {
			throw new Problem("encrypted", ex);
		}
		catch (IOException | RuntimeException ex) {
			var cause = ex.getCause();
			if (cause instanceof CappedText.Full) {
				return out.text();
			}
			if (cause instanceof CappedText.OutOfTime) {
				throw new Problem("timeout", ex);
			}
			throw new Problem(isZipBomb(ex) ? "zipBomb" : "unreadable", ex);
		}
		return out.text();
	}

	/**
	 * POI reports an archive that inflates too much by its message, somewhere in the
	 * causes.
	 */
	private static boolean isZipBomb(Throwable ex) {
		for (var cause = ex; cause != null; cause = cause.getCause()) {
			var message = String.valueOf(cause.getMessage()).toLowerCase(java.util.Locale.ROOT);
			if (message.contains("zip bomb") || message.contains("max entry size")
					|| message.contains("exceed the max")) {
				return true;
			}
		}
		return false;
	}

	private static void pdf(Path file, CappedText out) throws IOException {
		try (var document = Loader.loadPDF(file.toFile())) {
			if (document.isEncrypted() && !document.getCurrentAccessPermission().canExtractContent()) {
				throw new EncryptedDocumentException("Content extraction not permitted");
			}
			var stripper = new PDFTextStripper() {
				@Override
				protected void startPage(org.apache.pdfbox.pdmodel.PDPage page) throws IOException {
					out.checkTime();
					super.startPage(page);
				}
			};
			stripper.writeText(document, out);
		}
	}

	private static void office(Path file, CappedText out) throws IOException {
		try (var extractor = ExtractorFactory.createExtractor(file.toFile())) {
			if (extractor == null) {
				throw new IOException("Not an Office document");
			}
			out.checkTime();
			out.write(extractor.getText());
		}
	}

	/**
	 * A writer that keeps at most so many characters and refuses to go past a deadline.
	 */
	static final class CappedText extends Writer {

		private final StringBuilder text = new StringBuilder();

		private final int maxChars;

		private final Instant deadline;

		private final Clock clock;

		CappedText(int maxChars, Instant deadline, Clock clock) {
			this.maxChars = maxChars;
			this.deadline = deadline;
			this.clock = clock;
		}

		void checkTime() throws OutOfTime {
			if (Thread.currentThread().isInterrupted() || clock.instant().isAfter(deadline)) {
				throw new OutOfTime();
			}
		}

		@Override
		public void write(char[] buffer, int offset, int length) throws IOException {
			var room = maxChars - text.length();
			text.append(buffer, offset, Math.min(room, length));
			if (length >= room) {
				throw new Full();
			}
		}

		@Override
		public void flush() {
		}

		@Override
		public void close() {
		}

		String text() {
			return text.toString();
		}

		static final class Full extends IOException {

		}

		static final class OutOfTime extends IOException {

		}

	}

}
