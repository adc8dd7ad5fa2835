package app.accord.library.uploads;

import app.accord.library.search.IndexState;
import app.accord.library.catalog.LibraryTestData;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
public class ResourcesApiTests {

	public static final String TOKEN = "Bearer test-bootstrap-token-0123456789abcdef";

	@Autowired
	MockMvc mvc;

	@Autowired
	LibraryTestData data;

	private static MockMultipartFile metadata(String json) {
		return new MockMultipartFile("metadata", "", MediaType.APPLICATION_JSON_VALUE,
				json.getBytes(StandardCharsets.UTF_8));
	}

	@Test
	void staffPublishAPdfByApiThenFindItWithSnippetAndFacets() throws Exception {
		var word = LibraryTestData.uniqueWord();
		var response = mvc
			.perform(multipart("/api/v1/resources").file(metadata("""
					{"title":"API guide","kind":"GUIDEBOOK","language":"en","visibility":"MEMBERS",
					 "publishedOn":"2021-02-03","authors":"Staff"}"""))
				.file(new MockMultipartFile("file", "guide.pdf", "application/pdf",
						TestFiles.pdf("Inside the file: " + word)))
				.header("Authorization", TOKEN))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.indexState").value("PENDING"))
			.andReturn()
			.getResponse();
		var id = Long.parseLong(response.getHeader("Location").replaceAll("\\D", "").substring(1));
		assertThat(data.settled(id).getIndexState()).isEqualTo(IndexState.INDEXED);
		mvc.perform(get("/api/v1/resources").param("q", word).header("Authorization", TOKEN))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[0].id").value(id))
			.andExpect(jsonPath("$.items[0].title").value("API guide"))
			.andExpect(jsonPath("$.items[0].kind").value("GUIDEBOOK"))
			.andExpect(jsonPath("$.items[0].snippet").value(containsString("<mark>" + word + "</mark>")))
			.andExpect(jsonPath("$.facets.kind[0].value").value("GUIDEBOOK"))
			.andExpect(jsonPath("$.facets.year[0].value").value("2021"));
		mvc.perform(get("/api/v1/resources/{id}", id).header("Authorization", TOKEN))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.visibility").value("MEMBERS"))
			.andExpect(jsonPath("$.file.mediaType").value("application/pdf"))
			.andExpect(jsonPath("$.indexState").value("INDEXED"));
	}

	@Test
	void aMislabelledFileOrMissingFieldsGetAProblemNamingTheField() throws Exception {
		mvc.perform(multipart("/api/v1/resources")
			.file(metadata("{\"title\":\"Exe\",\"kind\":\"TOOL\",\"language\":\"en\",\"visibility\":\"PUBLIC\"}"))
			.file(new MockMultipartFile("file", "tool.pdf", "application/pdf", TestFiles.executable()))
			.header("Authorization", TOKEN))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("file"));
		mvc.perform(multipart("/api/v1/resources").file(metadata("{\"kind\":\"TOOL\",\"language\":\"fr\"}"))
			.header("Authorization", TOKEN))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("title")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("language")));
		mvc.perform(multipart("/api/v1/resources")
			.file(metadata("{\"title\":\"Nothing\",\"kind\":\"TOOL\",\"language\":\"en\",\"visibility\":\"PUBLIC\"}"))
			.header("Authorization", TOKEN))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("Choose a file or enter a link."));
	}

	@Test
	void publishingNeedsATokenAndAnUnknownResourceIsAProblem() throws Exception {
		mvc.perform(multipart("/api/v1/resources").file(metadata("{\"title\":\"No token\"}")))
			.andExpect(status().isUnauthorized());
		mvc.perform(get("/api/v1/resources/{id}", 999_999_999).header("Authorization", TOKEN))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/resources").param("q", "x".repeat(10_000)).header("Authorization", TOKEN))
			.andExpect(status().isOk());
	}

	@Test
	void theApiIsDocumentedUnderLibrary() throws Exception {
		mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(containsString("/api/v1/resources/{id}")))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(containsString("\"Library\"")));
	}

}
