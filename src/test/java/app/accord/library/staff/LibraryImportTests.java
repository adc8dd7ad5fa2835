package app.accord.library.staff;

import app.accord.library.uploads.FileStore;
import app.accord.library.search.IndexState;
import app.accord.library.catalog.LibraryProperties;
import app.accord.library.catalog.LibraryTestData;
import app.accord.library.uploads.LocalFileStore;
import app.accord.library.catalog.ResourceCatalog;
import app.accord.library.catalog.ResourceRepository;
import app.accord.library.uploads.TestFiles;
import app.accord.library.catalog.Topic;
import app.accord.library.catalog.TopicAdministration;
import app.accord.library.uploads.Uploads;
import app.accord.library.catalog.Visibility;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
class LibraryImportTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	LibraryTestData data;

	@Autowired
	ResourceRepository resources;

	@Autowired
	TopicAdministration topics;

	@Autowired
	FileStore files;

	@Autowired
	ResourceCatalog catalog;

	/** A zip written entry by entry, files before or after the catalogue. */
	private static byte[] zip(Map<String, byte[]> entries) throws Exception {
		var out = new ByteArrayOutputStream();
		try (var zip = new ZipOutputStream(out)) {
			for (var entry : entries.entrySet()) {
				zip.putNextEntry(new ZipEntry(entry.getKey()));
				zip.write(entry.getValue());
				zip.closeEntry();
			}
		}
		return out.toByteArray();
	}

	private org.springframework.test.web.servlet.ResultActions post(byte[] zip) throws Exception {
		return mvc.perform(multipart("/staff/library/import")
			.file(new MockMultipartFile("zip", "catalogue.zip", "application/zip", zip))
			.with(user(LibraryTestData.STAFF))
			.with(csrf()));
	}

	private long countTitled(String title) {
		return resources.catalogue().stream().filter(r -> r.getTitle().equals(title)).count();
	}

	@Test
	void eachRowIsImportedOrRejectedWithItsReasonAndNothingOfARejectedRowIsKept() throws Exception {
		var word = LibraryTestData.uniqueWord();
		LibraryTestData.asStaff(() -> topics.add("Trust " + word, "Confianza " + word));
		var catalogue = String.join("\r\n", "title,summary,kind,topics,language,visibility,file,published",
				"Guide " + word + ",\"Peer assistance, and review\",guidebook,Trust " + word
						+ ",en,public,docs/guide.pdf,2024-05-01",
				"Enlace " + word + ",Un sitio,link,Confianza " + word + ",es,members,https://example.org/par,",
				"Odd kind " + word + ",,brochure,,en,public,guide.pdf,",
				"Missing file " + word + ",,research,,en,public,absent.pdf,",
				"Program " + word + ",,tool,,en,public,setup.pdf,",
				"Unknown topic " + word + ",,tool,Nothing " + word + ",en,public,guide.pdf,",
				"Bad date " + word + ",,tool,,en,public,guide.pdf,May 2024", "");
		var entries = new LinkedHashMap<String, byte[]>();
		entries.put("docs/guide.pdf", TestFiles.pdf("Peer assistance and review " + word));
		entries.put("setup.pdf", TestFiles.executable());
		entries.put("catalogue.csv", catalogue.getBytes(StandardCharsets.UTF_8));

		post(zip(entries)).andExpect(status().isOk())
			.andExpect(content().string(containsString("Imported: 2. Rejected: 5.")))
			.andExpect(content().string(containsString("Unknown kind &quot;brochure&quot;.")))
			.andExpect(content().string(containsString("The zip has no file &quot;absent.pdf&quot;.")))
			.andExpect(content().string(containsString("This is not a PDF, Word, PowerPoint")))
			.andExpect(content().string(containsString("Unknown topic &quot;Nothing " + word + "&quot;.")))
			.andExpect(content().string(containsString("The date &quot;May 2024&quot; is not written YYYY-MM-DD.")));

		var guide = LibraryTestData.asStaff(catalog::catalogue)
			.stream()
			.filter(r -> r.getTitle().equals("Guide " + word))
			.findFirst();
		assertThat(guide).isPresent();
		assertThat(guide.get().getSummary()).isEqualTo("Peer assistance, and review");
		assertThat(guide.get().getFileName()).isEqualTo("guide.pdf");
		assertThat(guide.get().getTopics()).extracting(Topic::getNameEn).containsExactly("Trust " + word);
		assertThat(files.open(guide.get().getFileKey()).readAllBytes()).startsWith("%PDF".getBytes());
		assertThat(data.settled(guide.get().getId()).getIndexState()).isEqualTo(IndexState.INDEXED);
		var link = resources.catalogue().stream().filter(r -> r.getTitle().equals("Enlace " + word)).findFirst();
		assertThat(link).isPresent();
		assertThat(link.get().getExternalUrl()).isEqualTo("https://example.org/par");
		assertThat(link.get().getVisibility()).isEqualTo(Visibility.MEMBERS);
		for (var rejected : new String[] { "Odd kind ", "Missing file ", "Program ", "Unknown topic ", "Bad date " }) {
			assertThat(countTitled(rejected + word)).isZero();
		}
		mvc.perform(get("/library").param("q", word).with(user(LibraryTestData.STAFF)))
			.andExpect(content().string(containsString("Guide " + word)));
	}

	@Test
	void aZipWithoutItsCatalogueOrNotAZipImportsNothingAndSaysWhy() throws Exception {
		post(zip(Map.of("guide.pdf", TestFiles.pdf("x")))).andExpect(status().isOk())
			.andExpect(content().string(containsString("The zip has no catalogue.csv.")));
		post("not a zip at all".getBytes()).andExpect(status().isOk())
			.andExpect(content().string(containsString("The zip has no catalogue.csv.")));
		post(zip(Map.of("catalogue.csv", "name,link\nA,B\n".getBytes()))).andExpect(status().isOk())
			.andExpect(content().string(containsString(
					"The first line of catalogue.csv must name at least these columns: title, kind, language, visibility, file.")));
	}

	@Test
	void aFileOverTheLimitStopsTheImportBeforeItIsExpandedFurther(
			@org.junit.jupiter.api.io.TempDir java.nio.file.Path directory) throws Exception {
		var limit = org.springframework.util.unit.DataSize.ofKilobytes(1);
		var small = new LibraryImport(new Uploads(new LocalFileStore(directory),
				new LibraryProperties(directory, "", limit, null, 0, 0, null, null)), null, null);
		var bomb = new byte[10 * 1024 * 1024];

		var report = small.importZip(new java.io.ByteArrayInputStream(zip(Map.of("huge.pdf", bomb))));

		assertThat(report.problemKey()).isEqualTo("library.import.fileTooLarge");
		assertThat(report.problemArguments()).containsExactly("huge.pdf", 0L);
		assertThat(report.imported()).isEmpty();
		try (var left = java.nio.file.Files.list(directory)) {
			assertThat(left).isEmpty();
		}
	}

}
