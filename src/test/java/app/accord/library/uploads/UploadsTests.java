package app.accord.library.uploads;

import app.accord.library.catalog.LibraryProperties;
import app.accord.library.search.TextExtractor;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UploadsTests {

	@TempDir
	Path directory;

	Uploads uploads;

	@BeforeEach
	void setUp() {
		uploads = new Uploads(new LocalFileStore(directory), new LibraryProperties(directory, "",
				DataSize.ofKilobytes(200), Duration.ofSeconds(30), 1000, 1, null, null));
	}

	private StoredFile accept(String name, byte[] content) throws Exception {
		return uploads.accept(name, new ByteArrayInputStream(content));
	}

	@Test
	void theTypeComesFromTheContentAndTheNameGetsTheMatchingExtension() throws Exception {
		assertThat(accept("report.docx", TestFiles.pdf("x")).type()).isEqualTo(FileType.PDF);
		assertThat(accept("report.docx", TestFiles.pdf("x")).originalName()).isEqualTo("report.pdf");
		assertThat(accept("notes", TestFiles.docx("x")).type()).isEqualTo(FileType.DOCX);
		assertThat(accept("picture.pdf", TestFiles.png()).type()).isEqualTo(FileType.PNG);
		try (var slides = new XMLSlideShow(); var out = new ByteArrayOutputStream()) {
			slides.createSlide();
			slides.write(out);
			assertThat(accept("deck.pptx", out.toByteArray()).type()).isEqualTo(FileType.PPTX);
		}
		try (var book = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
			book.createSheet("Data").createRow(0).createCell(0).setCellValue("LCAP");
			book.write(out);
			assertThat(accept("data.xlsx", out.toByteArray()).type()).isEqualTo(FileType.XLSX);
		}
	}

	@Test
	void executablesPlainZipsEmptyAndOversizedFilesAreRefused() {
		assertThatThrownBy(() -> accept("setup.pdf", TestFiles.executable())).isInstanceOf(UploadRejected.class)
			.hasMessage("library.upload.type");
		assertThatThrownBy(() -> accept("a.docx", zipWithout())).hasMessage("library.upload.type");
		assertThatThrownBy(() -> accept("empty.pdf", new byte[0])).hasMessage("library.upload.empty");
		var big = new byte[200 * 1024 + 1];
		big[0] = '%';
		assertThatThrownBy(() -> accept("big.pdf", big)).hasMessage("library.upload.tooLarge");
	}

	@Test
	void filesAreStoredUnderGeneratedNamesOnlyAndNoOtherKeyIsOpened() throws Exception {
		var stored = accept("../../etc/passwd.pdf", TestFiles.pdf("x"));
		assertThat(stored.key()).matches("[0-9a-f-]{36}");
		try (var files = Files.list(directory)) {
			assertThat(files.map(p -> p.getFileName().toString())).containsExactly(stored.key());
		}
		var store = new LocalFileStore(directory);
		assertThatThrownBy(() -> store.open("../" + stored.key())).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void anEncryptedPdfIsReportedAsEncrypted() throws Exception {
		byte[] encrypted;
		try (var document = new PDDocument(); var out = new ByteArrayOutputStream()) {
			document.addPage(new org.apache.pdfbox.pdmodel.PDPage());
			var policy = new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission());
			policy.setEncryptionKeyLength(128);
			document.protect(policy);
			document.save(out);
			encrypted = out.toByteArray();
		}
		var file = Files.write(directory.resolve("encrypted.pdf"), encrypted);
		assertThatThrownBy(() -> TextExtractor.extract(file, FileType.PDF, 1000,
				Clock.systemUTC().instant().plusSeconds(30), Clock.systemUTC()))
			.isInstanceOfSatisfying(TextExtractor.Problem.class, p -> assertThat(p.code()).isEqualTo("encrypted"));
	}

	@Test
	void extractionStopsAtTheCharacterCapAndAtTheDeadline() throws Exception {
		var file = Files.write(directory.resolve("long.pdf"), TestFiles.pdf("word ".repeat(400), "more ".repeat(400)));
		var text = TextExtractor.extract(file, FileType.PDF, 100, Clock.systemUTC().instant().plusSeconds(30),
				Clock.systemUTC());
		assertThat(text).hasSize(100);
		var past = Clock.systemUTC().instant().minusSeconds(1);
		assertThatThrownBy(() -> TextExtractor.extract(file, FileType.PDF, 1000, past, Clock.systemUTC()))
			.isInstanceOfSatisfying(TextExtractor.Problem.class, p -> assertThat(p.code()).isEqualTo("timeout"));
	}

	private static byte[] zipWithout() throws IOException {
		try (var buffer = new ByteArrayOutputStream(); var zip = new java.util.zip.ZipOutputStream(buffer)) {
			zip.putNextEntry(new java.util.zip.ZipEntry("readme.txt"));
			zip.write("hello".getBytes());
			zip.closeEntry();
			zip.finish();
			return buffer.toByteArray();
		}
	}

}
