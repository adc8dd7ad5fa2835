package app.accord.accounts.security;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What the site shows everyone can be read over the API without a token, limited per
 * address; everything else still needs one.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PublicApiTests {

	static final String ADMIN_TOKEN = "test-bootstrap-token-0123456789abcdef";

	@Autowired
	MockMvc mvc;

	@Autowired
	PublicApiLimit.Settings limit;

	@Test
	void theDirectoryPublishedEventsAndPublicResourcesNeedNoToken() throws Exception {
		var published = event("Public API convening " + System.nanoTime(), true);
		var draft = event("Draft API convening " + System.nanoTime(), false);
		var open = resource("Public API guide " + System.nanoTime(), "PUBLIC");
		var membersOnly = resource("Members API guide " + System.nanoTime(), "MEMBERS");
		var from = from("198.51.100.60");

		anonymous(get("/api/v1/leas").param("q", "Fresno Unified"), from).andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].cdsCode", hasItem("10621660000000")));
		anonymous(get("/api/v1/leas/10621660000000"), from).andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value("Fresno Unified"));
		anonymous(get("/api/v1/counties"), from).andExpect(status().isOk())
			.andExpect(jsonPath("$[*].name", hasItem("Fresno")));

		anonymous(get("/api/v1/events"), from).andExpect(status().isOk())
			.andExpect(jsonPath("$[*].id", hasItem((int) published)))
			.andExpect(jsonPath("$[*].id", not(hasItem((int) draft))));
		anonymous(get("/api/v1/events").param("drafts", "true"), from)
			.andExpect(jsonPath("$[*].id", not(hasItem((int) draft))));
		anonymous(get("/api/v1/events/{id}", published), from).andExpect(status().isOk());
		anonymous(get("/api/v1/events/{id}", draft), from).andExpect(status().isNotFound());

		anonymous(get("/api/v1/resources/{id}", open), from).andExpect(status().isOk());
		anonymous(get("/api/v1/resources/{id}", membersOnly), from).andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		anonymous(get("/api/v1/resources"), from).andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].id", not(hasItem((int) membersOnly))));
	}

	@Test
	void everythingElseStillNeedsAToken() throws Exception {
		var published = event("Closed doors " + System.nanoTime(), true);
		var from = from("198.51.100.61");
		for (var path : new String[] { "/api/v1/teams", "/api/v1/me", "/api/v1/networks", "/api/v1/engagements",
				"/api/v1/events/" + published + "/registrations" }) {
			anonymous(get(path), from).andExpect(status().isUnauthorized());
		}
		anonymous(post("/api/v1/events").contentType(MediaType.APPLICATION_JSON).content("{}"), from)
			.andExpect(status().isUnauthorized());
	}

	@Test
	void anUnknownTokenIsRefusedEvenWhereNoneIsNeeded() throws Exception {
		anonymous(get("/api/v1/resources").header("Authorization", "Bearer acc_expired-or-mistyped-token"),
				from("198.51.100.64"))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail")
				.value("This API token is unknown, expired or revoked. Create a new one under My account."));
	}

	@Test
	void anAddressThatCallsTooOftenWaitsWhileOthersAndTokensGoOn() throws Exception {
		var busy = from("198.51.100.62");
		for (int i = 0; i < limit.burst(); i++) {
			anonymous(get("/api/v1/counties"), busy).andExpect(status().isOk());
		}
		// The bucket refills by one call a second: on a slow machine the burst itself
		// may have taken a few seconds, so a few more calls may still pass first.
		var extra = 0;
		while (extra < 10 && anonymous(get("/api/v1/counties"), busy).andReturn().getResponse().getStatus() == 200) {
			extra++;
		}
		assertThat(extra).isLessThan(10);
		anonymous(get("/api/v1/counties"), busy).andExpect(status().isTooManyRequests())
			.andExpect(header().exists("Retry-After"))
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(429));
		anonymous(get("/api/v1/counties"), from("198.51.100.63")).andExpect(status().isOk());
		mvc.perform(get("/api/v1/counties").header("Authorization", "Bearer " + ADMIN_TOKEN).with(busy))
			.andExpect(status().isOk());
	}

	private org.springframework.test.web.servlet.ResultActions anonymous(MockHttpServletRequestBuilder request,
			RequestPostProcessor from) throws Exception {
		return mvc.perform(request.with(from));
	}

	private long event(String title, boolean publish) throws Exception {
		var body = """
				{"title":"%s","kind":"WEBINAR","format":"ONLINE","onlineUrl":"https://meet.example.org/x",
				 "startsAt":"2031-03-01T09:00","endsAt":"2031-03-01T10:00","registrationOpensOn":"2031-01-01",
				 "registrationClosesOn":"2031-02-20","capacity":50,"registrationMode":"INDIVIDUAL","feeCents":0,
				 "publish":%s}""".formatted(title, publish);
		var json = mvc
			.perform(post("/api/v1/events").header("Authorization", "Bearer " + ADMIN_TOKEN)
				.contentType(MediaType.APPLICATION_JSON)
				.content(body))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return Long.parseLong(json.replaceAll("(?s)^\\{\"id\":(\\d+),.*$", "$1"));
	}

	private long resource(String title, String visibility) throws Exception {
		var metadata = new MockMultipartFile("metadata", "", MediaType.APPLICATION_JSON_VALUE, """
				{"title":"%s","kind":"TOOL","language":"en","visibility":"%s",
				 "externalUrl":"https://example.org/guide"}""".formatted(title, visibility).getBytes());
		var json = mvc
			.perform(multipart("/api/v1/resources").file(metadata).header("Authorization", "Bearer " + ADMIN_TOKEN))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return Long.parseLong(json.replaceAll("(?s)^\\{\"id\":(\\d+),.*$", "$1"));
	}

	static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

}
