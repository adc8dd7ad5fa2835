package app.accord.shared.cache;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPInputStream;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.web.csrf.DefaultCsrfToken;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

import jakarta.servlet.http.HttpServlet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the page cache keeps, for whom, and for how long: the filter on its own, with a
 * page that counts how often it is rendered.
 */
class PublicPageCacheTests {

	private final AtomicLong version = new AtomicLong(1);

	private final AtomicInteger renders = new AtomicInteger();

	private final PublicPageCache cache = new PublicPageCache(this.version::get, new AcceptHeaderLocaleResolver(),
			List.of("/", "/events", "/map"), 100, 10_000_000);

	/** The page: its language, Accept header and the render count, 2 KB long. */
	private final HttpServlet page = new HttpServlet() {
		@Override
		protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
			var n = PublicPageCacheTests.this.renders.incrementAndGet();
			if ("cookie".equals(request.getParameter("do"))) {
				response.addHeader("Set-Cookie", "x=1");
			}
			if ("session".equals(request.getParameter("do"))) {
				request.setAttribute("org.springframework.session.SessionRepository.CURRENT_SESSION", new Object());
			}
			if ("csrf".equals(request.getParameter("do"))) {
				var token = (org.springframework.security.web.csrf.CsrfToken) request.getAttribute("_csrf");
				token.getToken();
			}
			if ("private".equals(request.getParameter("do"))) {
				request.setAttribute(PublicPageCache.DO_NOT_CACHE, true);
			}
			if ("missing".equals(request.getParameter("do"))) {
				response.setStatus(404);
			}
			response.setContentType("text/html;charset=UTF-8");
			response.setHeader("X-Frame-Options", "DENY");
			response.setHeader("Cache-Control", "no-store");
			response.getWriter()
				.write("<p>render " + n + " " + request.getLocale().getLanguage() + " " + request.getHeader("Accept")
						+ "</p>" + "x".repeat(2000));
		}
	};

	@Test
	void anonymousVisitorsShareOneRenderUntilTheDataChanges() throws Exception {
		var first = get(request("/events"));
		var second = get(request("/events"));
		assertThat(first.getContentAsString()).startsWith("<p>render 1 ");
		assertThat(second.getContentAsString()).isEqualTo(first.getContentAsString());
		assertThat(this.renders).hasValue(1);
		assertThat(second.getHeader("X-Frame-Options")).isEqualTo("DENY");
		assertThat(second.getHeader("Cache-Control")).isEqualTo("no-cache");
		assertThat(second.getHeader("Vary")).contains("Accept", "Accept-Language", "Cookie", "HX-Request");

		this.version.incrementAndGet();
		var afterChange = get(request("/events"));
		assertThat(afterChange.getContentAsString()).startsWith("<p>render 2 ");
		assertThat(afterChange.getHeader("ETag")).isNotEqualTo(first.getHeader("ETag"));
	}

	@Test
	void languageAcceptHeaderQueryAndHtmxAreEachPartOfTheKey() throws Exception {
		get(request("/events"));
		var spanish = request("/events");
		spanish.addPreferredLocale(Locale.forLanguageTag("es"));
		assertThat(get(spanish).getContentAsString()).contains(" es ");
		var svg = request("/events");
		svg.removeHeader("Accept");
		svg.addHeader("Accept", "image/svg+xml");
		assertThat(get(svg).getContentAsString()).contains("image/svg+xml");
		var filtered = request("/events");
		filtered.setQueryString("county=Monterey");
		filtered.setParameter("county", "Monterey");
		get(filtered);
		var htmx = request("/events");
		htmx.addHeader("HX-Request", "true");
		get(htmx);
		assertThat(this.renders).hasValue(5);

		get(request("/events"));
		assertThat(this.renders).hasValue(5);
	}

	@Test
	void conditionalRequestsAreAnsweredWith304() throws Exception {
		var first = get(request("/"));
		var etag = first.getHeader("ETag");
		assertThat(etag).startsWith("\"1-");

		var again = request("/");
		again.addHeader("If-None-Match", etag);
		var notModified = get(again);
		assertThat(notModified.getStatus()).isEqualTo(304);
		assertThat(notModified.getContentAsByteArray()).isEmpty();

		var since = request("/");
		since.addHeader("If-Modified-Since", first.getHeader("Last-Modified"));
		assertThat(get(since).getStatus()).isEqualTo(304);

		this.version.incrementAndGet();
		var stale = request("/");
		stale.addHeader("If-None-Match", etag);
		assertThat(get(stale).getStatus()).isEqualTo(200);
	}

	@Test
	void gzipIsMadeOnceAndSentToThoseWhoAcceptIt() throws Exception {
		var plain = get(request("/"));
		var zipped = request("/");
		zipped.addHeader("Accept-Encoding", "gzip, deflate, br");
		var response = get(zipped);
		assertThat(response.getHeader("Content-Encoding")).isEqualTo("gzip");
		assertThat(response.getHeader("ETag")).endsWith("-gz\"");
		try (var in = new GZIPInputStream(new ByteArrayInputStream(response.getContentAsByteArray()))) {
			assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(plain.getContentAsString());
		}
		assertThat(this.renders).hasValue(1);
	}

	@Test
	void headRequestsAreServedFromTheSamePageWithoutABody() throws Exception {
		get(request("/"));
		var head = request("/");
		head.setMethod("HEAD");
		var response = get(head);
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentAsByteArray()).isEmpty();
		assertThat(response.getContentLength()).isGreaterThan(2000);
		assertThat(this.renders).hasValue(1);
	}

	@Test
	void nothingPersonalIsKept() throws Exception {
		for (var what : List.of("cookie", "session", "csrf", "private", "missing")) {
			var before = this.renders.get();
			var request = request("/events");
			request.setQueryString("do=" + what);
			request.setParameter("do", what);
			request.setAttribute("_csrf", new DefaultCsrfToken("X-XSRF-TOKEN", "_csrf", "one-browser's-token"));
			var answer = get(request);
			assertThat(answer.getHeader("ETag")).as(what).isNull();
			var again = request("/events");
			again.setQueryString("do=" + what);
			again.setParameter("do", what);
			again.setAttribute("_csrf", new DefaultCsrfToken("X-XSRF-TOKEN", "_csrf", "one-browser's-token"));
			get(again);
			assertThat(this.renders.get() - before).as(what).isEqualTo(2);
		}
	}

	@Test
	void signedInVisitorsAndOtherPathsAndMethodsPassThrough() throws Exception {
		var signedIn = request("/events");
		signedIn.setCookies(new Cookie("SESSION", "abc"));
		var bearer = request("/events");
		bearer.addHeader("Authorization", "Bearer x");
		var language = request("/events");
		language.setParameter("lang", "es");
		var other = request("/account");
		var post = request("/events");
		post.setMethod("POST");
		for (var request : List.of(signedIn, bearer, language, other, post)) {
			var answer = get(request);
			assertThat(answer.getHeader("Cache-Control")).isEqualTo("no-store");
		}
		get(request("/events"));
		get(signedIn);
		assertThat(this.renders).hasValue(7);
	}

	private static MockHttpServletRequest request(String path) {
		var request = new MockHttpServletRequest("GET", path);
		request.addHeader("Accept", "text/html");
		return request;
	}

	private MockHttpServletResponse get(MockHttpServletRequest request) throws Exception {
		var response = new MockHttpServletResponse();
		this.cache.doFilter(request, response, new MockFilterChain(this.page));
		return response;
	}

}
