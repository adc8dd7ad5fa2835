package app.accord.library.catalog;

import app.accord.library.uploads.FileStore;
import app.accord.library.search.IndexState;
import app.accord.library.uploads.TestFiles;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
class LibraryPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	LibraryTestData data;

	@Autowired
	ResourceRepository resources;

	@Autowired
	FileStore files;

	@Autowired
	org.springframework.jdbc.core.JdbcTemplate jdbc;

	private MockMultipartHttpServletRequestBuilder publish(String title, MockMultipartFile file) {
		var request = multipart("/staff/library");
		if (file != null) {
			request.file(file);
		}
		request.param("title", title)
			.param("summary", "A summary for the test.")
			.param("kind", "GUIDEBOOK")
			.param("language", "EN")
			.param("visibility", "PUBLIC")
			.param("authors", "Ana Author")
			.param("publishedOn", "2019-05-01");
		request.with(user(LibraryTestData.STAFF)).with(csrf());
		return request;
	}

	@Test
	void aDateTypedAsWordsKeepsTheResourceAsTypedWithItsTopics() throws Exception {
		var topic = jdbc.queryForObject("select min(id) from library_topic", Long.class);
		var typo = publish("Kept Title Of A Guide", null).param("topicIds", topic.toString()).with(request -> {
			request.setParameter("publishedOn", "May 2019");
			return request;
		});
		var page = mvc.perform(typo)
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(page)
			.contains("value=\"Kept Title Of A Guide\"", "A summary for the test.", "value=\"Ana Author\"",
					"value=\"May 2019\"")
			.containsPattern("value=\"" + topic + "\"[^>]* checked=\"checked\"");
	}

	@Test
	void theFileFieldCarriesTheLimitForTheScriptThatChecksItBeforeSending() throws Exception {
		mvc.perform(get("/staff/library/new").with(user(LibraryTestData.STAFF)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-max-bytes=\"52428800\"")))
			.andExpect(content().string(containsString("data-too-large=\"The file is larger than 50 MB.\"")))
			.andExpect(content()
				.string(matchesPattern("(?s).*<script src=\"/js/upload-limit-[0-9a-f]{32}\\.js\" defer></script>.*")));
		mvc.perform(get("/js/upload-limit.js"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-max-bytes")));
	}

	@Test
	void staffPublishAPdfWhoseTextBecomesSearchableWithAHighlightedSnippet() throws Exception {
		var word = LibraryTestData.uniqueWord();
		var pdf = TestFiles.pdf("Introduction to the guidebook.",
				"Peer assistance and review pairs new teachers with consulting teachers " + word + " every week.");
		var result = mvc
			.perform(publish("Guidebook " + word.substring(0, 4),
					new MockMultipartFile("file", "guide.pdf", "application/pdf", pdf)))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/library/resources/*"))
			.andReturn();
		var id = Long.parseLong(result.getResponse().getRedirectedUrl().replaceAll("\\D", ""));
		assertThat(data.settled(id).getIndexState()).isEqualTo(IndexState.INDEXED);
		mvc.perform(get("/library").param("q", word))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Guidebook " + word.substring(0, 4))))
			.andExpect(content().string(containsString("<mark>" + word + "</mark>")))
			.andExpect(content().string(containsString("1 resource")));
	}

	@Test
	void anExecutableNamedPdfIsRefusedNextToTheFileFieldAndTheTypedMetadataStays() throws Exception {
		mvc.perform(publish("Kept title",
				new MockMultipartFile("file", "report.pdf", "application/pdf", TestFiles.executable())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("This is not a PDF, Word, PowerPoint, Excel or image file")))
			.andExpect(content().string(containsString("value=\"Kept title\"")))
			.andExpect(content().string(containsString("Ana Author")));
	}

	@Test
	void anEmptyFileIsRefused() throws Exception {
		mvc.perform(publish("Empty", new MockMultipartFile("file", "empty.pdf", "application/pdf", new byte[0])))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The file is empty.")));
	}

	@Test
	void aResourceNeedsAFileOrALinkAndATitle() throws Exception {
		mvc.perform(publish("", null))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enter a title.")));
		mvc.perform(publish("No file", null))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Choose a file or enter a link.")));
	}

	@Test
	void aZipBombDisguisedAsDocxIsStoredButItsTextIsNotRead() throws Exception {
		var id = data.withFile(LibraryTestData.details("Bomb", ResourceLanguage.EN, Visibility.PUBLIC), "bomb.docx",
				TestFiles.zipBombDocx());
		var settled = data.settled(id);
		assertThat(settled.getIndexState()).isEqualTo(IndexState.FAILED);
		assertThat(settled.getIndexProblem()).isEqualTo("zipBomb");
	}

	@Test
	void aCorruptPdfEndsAsFailedAndStaysUsable() throws Exception {
		var bytes = "%PDF-1.7 this is not really a pdf".getBytes();
		var id = data.withFile(LibraryTestData.details("Broken PDF", ResourceLanguage.EN, Visibility.PUBLIC),
				"broken.pdf", bytes);
		assertThat(data.settled(id).getIndexState()).isEqualTo(IndexState.FAILED);
		mvc.perform(get("/library/resources/{id}", id).with(user(LibraryTestData.STAFF)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The file&#39;s text could not be read")))
			.andExpect(content().string(containsString("the file is damaged or not what it claims to be")));
	}

	@Test
	void aWordDocumentsTextIsSearchable() throws Exception {
		var word = LibraryTestData.uniqueWord();
		var id = data.withFile(LibraryTestData.details("Word doc", ResourceLanguage.EN, Visibility.PUBLIC),
				"notes.docx", TestFiles.docx("Meeting notes about trust " + word));
		assertThat(data.settled(id).getIndexState()).isEqualTo(IndexState.INDEXED);
		mvc.perform(get("/library").param("q", word)).andExpect(content().string(containsString("Word doc")));
	}

	@Test
	void membersOnlyResourcesAndFilesAreNotFoundForThePublicEvenByTheirUrl() throws Exception {
		var word = LibraryTestData.uniqueWord();
		var id = data.withFile(LibraryTestData.details("Members " + word, ResourceLanguage.EN, Visibility.MEMBERS),
				"members.pdf", TestFiles.pdf("Private notes " + word));
		mvc.perform(get("/library/resources/{id}", id)).andExpect(status().isNotFound());
		mvc.perform(get("/library/resources/{id}/file", id)).andExpect(status().isNotFound());
		mvc.perform(get("/library").param("q", word))
			.andExpect(content().string(containsString("No resources")))
			.andExpect(content().string(not(containsString("Members " + word))));
		mvc.perform(get("/library/resources/{id}", id).with(user(LibraryTestData.MEMBER))).andExpect(status().isOk());
		mvc.perform(get("/library").param("q", word).with(user(LibraryTestData.MEMBER)))
			.andExpect(content().string(containsString("Members " + word)));
	}

	@Test
	void aFileIsServedAsAnAttachmentWithASafeNameAndNoSniffingAndCounted() throws Exception {
		var id = data.withFile(LibraryTestData.details("Download", ResourceLanguage.EN, Visibility.PUBLIC),
				"../../etc/Plan \"año\".exe", TestFiles.pdf("Download me"));
		mvc.perform(get("/library/resources/{id}/file", id))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("Content-Disposition", startsWith("attachment; filename=\"Plan _a_o_.pdf\"")))
			.andExpect(
					header().string("Content-Disposition", containsString("filename*=UTF-8''Plan%20_a%C3%B1o_.pdf")));
		assertThat(resources.findById(id).orElseThrow().getDownloads()).isEqualTo(1);
	}

	@Test
	void htmlInTitlesAndSummariesIsEscaped() throws Exception {
		var word = LibraryTestData.uniqueWord();
		var id = data
			.link(LibraryTestData.details("<script>alert(1)</script> " + word, ResourceLanguage.EN, Visibility.PUBLIC));
		mvc.perform(get("/library/resources/{id}", id))
			.andExpect(content().string(not(containsString("<script>alert(1)</script>"))))
			.andExpect(content().string(containsString("&lt;script&gt;alert(1)&lt;/script&gt;")));
		mvc.perform(get("/library").param("q", word))
			.andExpect(content().string(not(containsString("<script>alert(1)</script>"))));
	}

	@Test
	void theStaffCatalogueAndItsCsvAreForStaffOnly() throws Exception {
		var word = LibraryTestData.uniqueWord();
		data.link(LibraryTestData.details("=HYPERLINK(\"x\") " + word, ResourceLanguage.EN, Visibility.PUBLIC));
		mvc.perform(get("/staff/library").with(user(LibraryTestData.STAFF)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(word)));
		mvc.perform(get("/staff/library/export.csv").with(user(LibraryTestData.STAFF)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("attachment")))
			.andExpect(content().string(containsString("\"'=HYPERLINK(\"\"x\"\") " + word + "\"")));
		mvc.perform(get("/staff/library").with(user(LibraryTestData.MEMBER))).andExpect(status().isForbidden());
	}

	@Test
	void staffAddTopicsAndADuplicateIsRefusedInPlace() throws Exception {
		var name = "Topic " + LibraryTestData.uniqueWord();
		mvc.perform(multipart("/staff/library/topics").param("nameEn", name)
			.param("nameEs", "Tema")
			.with(user(LibraryTestData.STAFF))
			.with(csrf())).andExpect(status().is3xxRedirection());
		mvc.perform(multipart("/staff/library/topics").param("nameEn", name)
			.param("nameEs", "Tema")
			.with(user(LibraryTestData.STAFF))
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("There is already a topic with this name.")));
	}

	@Test
	void newslettersAreListedByYearNewestFirst() throws Exception {
		var word = LibraryTestData.uniqueWord();
		var older = new ResourceDetails("Spring newsletter " + word, null, ResourceKind.NEWSLETTER, ResourceLanguage.EN,
				null, null, null, java.time.LocalDate.of(2018, 4, 1), Visibility.PUBLIC, "https://example.org/n1",
				java.util.Set.of());
		var newer = new ResourceDetails("Winter newsletter " + word, null, ResourceKind.NEWSLETTER, ResourceLanguage.EN,
				null, null, null, java.time.LocalDate.of(2019, 12, 1), Visibility.PUBLIC, "https://example.org/n2",
				java.util.Set.of());
		data.link(older);
		data.link(newer);
		var page = mvc.perform(get("/library/newsletters"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<h2>2019</h2>")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page.indexOf("Winter newsletter " + word)).isLessThan(page.indexOf("Spring newsletter " + word));
	}

	@Test
	void staffChangeAResourceAndItsTranslationLinksBothWays() throws Exception {
		var word = LibraryTestData.uniqueWord();
		var english = data.link(LibraryTestData.details("English " + word, ResourceLanguage.EN, Visibility.PUBLIC));
		var spanish = data.link(LibraryTestData.details("Español " + word, ResourceLanguage.ES, Visibility.PUBLIC));
		mvc.perform(get("/staff/library/{id}/edit", spanish).with(user(LibraryTestData.STAFF)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"Espa&ntilde;ol " + word + "\"")));
		mvc.perform(multipart("/staff/library/{id}", spanish).param("title", "Guía " + word)
			.param("kind", "GUIDEBOOK")
			.param("language", "ES")
			.param("visibility", "PUBLIC")
			.param("externalUrl", "https://example.org/es")
			.param("translationId", String.valueOf(english))
			.with(user(LibraryTestData.STAFF))
			.with(csrf())).andExpect(status().is3xxRedirection());
		mvc.perform(get("/library/resources/{id}", english))
			.andExpect(content().string(containsString("Guía " + word)));
		mvc.perform(get("/library").param("q", "guía " + word))
			.andExpect(content().string(containsString("1 resource")));
		mvc.perform(multipart("/staff/library/{id}", spanish).param("title", "Guía " + word)
			.param("kind", "GUIDEBOOK")
			.param("language", "EN")
			.param("visibility", "PUBLIC")
			.param("externalUrl", "https://example.org/es")
			.param("translationId", String.valueOf(english))
			.with(user(LibraryTestData.STAFF))
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("A translation must be in the other language.")));
	}

	@Test
	void staffRemoveAResourceAndItIsGoneFromSearchAndItsFileFromTheStore() throws Exception {
		var word = LibraryTestData.uniqueWord();
		var id = data.withFile(LibraryTestData.details("Removed " + word, ResourceLanguage.EN, Visibility.PUBLIC),
				"removed.pdf", TestFiles.pdf("Gone " + word));
		data.settled(id);
		var key = resources.findById(id).orElseThrow().getFileKey();
		mvc.perform(post("/staff/library/{id}/delete", id).with(user(LibraryTestData.MEMBER)).with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(post("/staff/library/{id}/delete", id).with(user(LibraryTestData.STAFF)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/library/resources/{id}", id)).andExpect(status().isNotFound());
		mvc.perform(get("/library").param("q", word)).andExpect(content().string(containsString("No resources")));
		assertThatThrownBy(() -> files.open(key)).isInstanceOf(java.nio.file.NoSuchFileException.class);
	}

}
