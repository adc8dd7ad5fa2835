package app.accord.accounts.security;

import java.util.regex.Pattern;

import app.accord.accounts.signin.SignInTests;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
class CsrfTokenTests {

	static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	static final String BASE64URL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

	@Autowired
	MockMvc mvc;

	@Test
	void aFormTokenWithAnyChangedFirstCharacterIsRefusedAsForbidden() throws Exception {
		var page = mvc.perform(get("/signin")).andExpect(status().isOk()).andReturn();
		var session = SignInTests.sessionCookie(page);
		var matcher = CSRF_FIELD.matcher(page.getResponse().getContentAsString());
		assertThat(matcher.find()).isTrue();
		var token = matcher.group(1);

		mvc.perform(signIn(session, token)).andExpect(redirectedUrl("/signin?error=failed"));
		for (var replacement : BASE64URL.toCharArray()) {
			if (replacement == token.charAt(0)) {
				continue;
			}
			var tampered = replacement + token.substring(1);
			mvc.perform(
					post("/signin/link").cookie(session).param("_csrf", tampered).param("email", "someone@example.org"))
				.andExpect(status().isForbidden());
		}
	}

	private static MockHttpServletRequestBuilder signIn(Cookie session, String csrf) {
		return post("/signin").cookie(session)
			.param("_csrf", csrf)
			.param("email", "nobody@csrf.example.org")
			.param("password", "not the password");
	}

}
