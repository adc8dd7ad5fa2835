package app.accord.directory.imports;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.io.ClassPathResource;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Runs in a transaction that is rolled back, so applied imports leave no trace. */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class LeaImportControllerTests {

	@Autowired
	MockMvc mvc;

	@Test
	void theImportIsForStaffOnly() throws Exception {
		var status = this.mvc.perform(get("/staff/directory/import")).andReturn().getResponse().getStatus();
		assertThat(status).isIn(302, 401, 403);
	}

	@Test
	@WithMockUser(roles = "STAFF")
	void staffSeeALabelledUploadForm() throws Exception {
		this.mvc.perform(get("/staff/directory/import"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<label for=\"file\">File</label>")))
			.andExpect(content().string(containsString("enctype=\"multipart/form-data\"")))
			.andExpect(content().string(containsString("name=\"_csrf\"")));
	}

	@Test
	@WithMockUser(roles = "STAFF")
	void anEmptyOrBinaryFileIsRefusedNextToTheField() throws Exception {
		this.mvc
			.perform(multipart("/staff/directory/import")
				.file(new MockMultipartFile("file", "x.csv", "text/csv", new byte[0]))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"file-error\"")))
			.andExpect(content().string(containsString("The file is empty.")));
		this.mvc
			.perform(multipart("/staff/directory/import")
				.file(new MockMultipartFile("file", "x.xlsx", "application/octet-stream",
						new byte[] { 'P', 'K', 3, 4, 0 }))
				.with(csrf()))
			.andExpect(content().string(containsString("The file is not a text file.")));
		this.mvc.perform(multipart("/staff/directory/import").with(csrf()))
			.andExpect(content().string(containsString("Choose a file to upload.")));
	}

	@Test
	@WithMockUser(roles = "STAFF")
	void uploadPreviewAndApply() throws Exception {
		var csv = shippedCsv().replace("(559) 457-3000", "(559) 457-3999");
		var upload = this.mvc
			.perform(multipart("/staff/directory/import")
				.file(new MockMultipartFile("file", "leas.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/staff/directory/import/*"))
			.andReturn();
		var preview = upload.getResponse().getRedirectedUrl();

		this.mvc.perform(get(preview))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("1 LEA to change")))
			.andExpect(content().string(containsString("1,022 LEAs unchanged")))
			.andExpect(content().string(containsString("(559) 457-3999")))
			.andExpect(content().string(containsString("Apply the import")));

		this.mvc.perform(post(preview + "/apply").with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flash", "directory.import.applied"));

		this.mvc.perform(get(preview))
			.andExpect(content().string(containsString("Applied on")))
			.andExpect(content().string(containsString("nothing to apply")));
		this.mvc.perform(get("/directory/10621660000000"))
			.andExpect(content().string(containsString("(559) 457-3999")));
	}

	@Test
	@WithMockUser(roles = "STAFF")
	void aFileWithRejectedRowsCannotBeApplied() throws Exception {
		var csv = shippedCsv().replace(",Fresno Unified,Unified,Fresno,", ",Fresno Unified,Unified,Atlantis,");
		var preview = this.mvc
			.perform(multipart("/staff/directory/import")
				.file(new MockMultipartFile("file", "leas.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
				.with(csrf()))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		this.mvc.perform(get(preview))
			.andExpect(content().string(containsString("There is no county &quot;Atlantis&quot; in California.")))
			.andExpect(content().string(containsString("1 row rejected")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("Apply the import"))));
		this.mvc.perform(post(preview + "/apply").with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The import was not applied")));
	}

	@Test
	@WithMockUser(roles = "STAFF")
	void aWrongHeaderSaysWhichColumnsAreMissing() throws Exception {
		var preview = this.mvc
			.perform(multipart("/staff/directory/import")
				.file(new MockMultipartFile("file", "x.csv", "text/csv", "name,city\nA,B\n".getBytes()))
				.with(csrf()))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		this.mvc.perform(get(preview))
			.andExpect(content().string(containsString("does not name the columns Accord expects")))
			.andExpect(content().string(containsString("Missing columns: cds_code, type, county")));
	}

	@Test
	@WithMockUser(roles = "STAFF")
	void applyingNeedsTheCsrfToken() throws Exception {
		this.mvc.perform(post("/staff/directory/import/6f1c1a52-8d0e-4d59-9a38-000000000000/apply"))
			.andExpect(status().isForbidden());
	}

	@Test
	@WithMockUser(roles = "STAFF")
	void anUnknownUploadIsNotFound() throws Exception {
		this.mvc.perform(get("/staff/directory/import/6f1c1a52-8d0e-4d59-9a38-000000000000"))
			.andExpect(status().isNotFound());
	}

	private static String shippedCsv() throws Exception {
		return new ClassPathResource("directory/ca-leas.csv").getContentAsString(StandardCharsets.UTF_8);
	}

}
