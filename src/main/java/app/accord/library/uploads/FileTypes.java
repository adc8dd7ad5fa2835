package app.accord.library.uploads;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.ZipFile;

/**
 * Recognises a file by its content. Office files are zip archives whose
 * {@code [Content_Types].xml} and main part say what they are; the archive's directory is
 * read without inflating anything, so a zip bomb costs nothing here.
 */
final class FileTypes {

	private static final int MAX_ZIP_ENTRIES = 20_000;

	private FileTypes() {
	}

	static Optional<FileType> detect(Path file) throws IOException {
		byte[] head;
		try (InputStream in = Files.newInputStream(file)) {
			head = in.readNBytes(8);
		}
		if (startsWith(head, '%', 'P', 'D', 'F', '-')) {
			return Optional.of(FileType.PDF);
		}
		if (startsWith(head, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
			return Optional.of(FileType.PNG);
		}
		if (startsWith(head, 0xFF, 0xD8, 0xFF)) {
			return Optional.of(FileType.JPEG);
		}
		if (startsWith(head, 'G', 'I', 'F', '8', '7', 'a') || startsWith(head, 'G', 'I', 'F', '8', '9', 'a')) {
			return Optional.of(FileType.GIF);
		}
		if (startsWith(head, 'P', 'K', 3, 4)) {
			return office(file);
		}
		return Optional.empty();
	}

	private static Optional<FileType> office(Path file) {
		try (var zip = new ZipFile(file.toFile())) {
			if (zip.size() > MAX_ZIP_ENTRIES || zip.getEntry("[Content_Types].xml") == null) {
				return Optional.empty();
			}
			if (zip.getEntry("word/document.xml") != null) {
				return Optional.of(FileType.DOCX);
			}
			if (zip.getEntry("ppt/presentation.xml") != null) {
				return Optional.of(FileType.PPTX);
			}
			if (zip.getEntry("xl/workbook.xml") != null) {
				return Optional.of(FileType.XLSX);
			}
			return Optional.empty();
		}
		catch (IOException ex) {
			// Not a readable zip archive: not an Office file either.
			return Optional.empty();
		}
	}

	private static boolean startsWith(byte[] head, int... magic) {
		if (head.length < magic.length) {
			return false;
		}
		var expected = new byte[magic.length];
		for (var i = 0; i < magic.length; i++) {
			expected[i] = (byte) magic[i];
		}
		return Arrays.equals(Arrays.copyOf(head, magic.length), expected);
	}

}
