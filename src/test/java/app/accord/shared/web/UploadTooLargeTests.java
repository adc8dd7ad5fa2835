package app.accord.shared.web;

import java.util.Collection;

import jakarta.servlet.ServletContext;
import jakarta.servlet.http.Part;
import org.apache.tomcat.util.http.fileupload.impl.SizeLimitExceededException;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A multipart request over the servlet's limit goes through the DispatcherServlet as it
 * does under Tomcat: reading its parts fails with Tomcat's size exception, which Spring
 * turns into {@code MaxUploadSizeExceededException} before any controller is chosen.
 * {@link OversizedUploadFilter} reads the parts first, as under Tomcat, so the form
 * fields are gone: the CSRF token travels outside the body (here a header; the library's
 * form puts it in its address).
 */
@SpringBootTest
@AutoConfigureMockMvc
class UploadTooLargeTests {

	@Autowired
	MockMvc mvc;

	/** A multipart POST whose parts Tomcat refused to read because of their size. */
	static final class OversizedUpload extends AbstractMockHttpServletRequestBuilder<OversizedUpload> {

		OversizedUpload(String url) {
			super(HttpMethod.POST);
			uri(url);
			contentType(MediaType.MULTIPART_FORM_DATA_VALUE + "; boundary=x");
		}

		@Override
		protected MockHttpServletRequest createServletRequest(ServletContext servletContext) {
			return new MockHttpServletRequest(servletContext) {
				@Override
				public Collection<Part> getParts() {
					throw new IllegalStateException(new SizeLimitExceededException(
							"the request was rejected because its size (62914560) exceeds the configured maximum (57671680)",
							62914560, 57671680));
				}

				@Override
				public Part getPart(String name) {
					return getParts().iterator().next();
				}
			};
		}

	}

	@Test
	void aPageAnswersWithTheLimitAndALinkBackToTheForm() throws Exception {
		mvc.perform(new OversizedUpload("/staff/library").header("Referer", "http://localhost/staff/library/new")
			.with(user("staff@accord.test").roles("STAFF"))
			.with(csrf().asHeader()))
			.andExpect(status().isPayloadTooLarge())
			.andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
			.andExpect(content().string(containsString("The upload is too large")))
			.andExpect(content().string(containsString("larger than the 55 MB the server accepts")))
			.andExpect(content().string(containsString("href=\"/staff/library/new\"")));
	}

	@Test
	void theLinkBackNeverLeadsToAnotherSite() throws Exception {
		mvc.perform(new OversizedUpload("/staff/library").header("Referer", "https://evil.example/phish")
			.with(user("staff@accord.test").roles("STAFF"))
			.with(csrf().asHeader()))
			.andExpect(status().isPayloadTooLarge())
			.andExpect(content().string(not(containsString("evil.example"))))
			.andExpect(content().string(not(containsString("/phish"))));
	}

	@Test
	void theApiAnswersWithAProblemDetail() throws Exception {
		mvc.perform(new OversizedUpload("/api/v1/resources").header("Authorization",
				"Bearer test-bootstrap-token-0123456789abcdef"))
			.andExpect(status().isPayloadTooLarge())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(413))
			.andExpect(jsonPath("$.detail").value(containsString("55 MB")))
			.andExpect(jsonPath("$.maxMegabytes").value(55));
	}

	@Test
	void anOversizedRequestKeepsOnlyTheParametersOfItsAddress() {
		var request = new MockHttpServletRequest("POST", "/staff/library");
		request.setQueryString("_csrf=a%2Bb&x=1&x=2");
		request.addParameter("title", "typed in the form");
		var tooLarge = new OversizedUploadFilter.TooLarge(request,
				new org.springframework.web.multipart.MaxUploadSizeExceededException(-1));

		org.assertj.core.api.Assertions.assertThat(tooLarge.getParameter("_csrf")).isEqualTo("a+b");
		org.assertj.core.api.Assertions.assertThat(tooLarge.getParameterValues("x")).containsExactly("1", "2");
		org.assertj.core.api.Assertions.assertThat(tooLarge.getParameter("title")).isNull();
		org.assertj.core.api.Assertions.assertThatThrownBy(tooLarge::getParts)
			.isInstanceOf(org.springframework.web.multipart.MaxUploadSizeExceededException.class);
	}

}
