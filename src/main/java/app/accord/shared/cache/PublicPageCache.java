package app.accord.shared.cache;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongSupplier;
import java.util.zip.GZIPOutputStream;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.server.PathContainer;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Public pages as anonymous visitors see them, rendered once per address, language,
 * {@code Accept} header and htmx request, and served from memory until the version of the
 * data ({@link DataVersion}) moves: a page cached before a change is never served after
 * it, on any node.
 *
 * <p>
 * Only what is the same for every anonymous visitor is kept: GET and HEAD of the listed
 * paths, without a session cookie or an {@code Authorization} header, answered 200 as
 * HTML or SVG, without a cookie set, without a session created and without the CSRF token
 * read (which belongs to one browser). Everything else passes through untouched. Cached
 * answers carry an {@code ETag} and {@code Last-Modified} (so browsers revalidate and get
 * a 304), {@code Cache-Control: no-cache} (shared caches may keep them only if they ask
 * every time) and a gzip version made once.
 */
public final class PublicPageCache extends OncePerRequestFilter {

	/**
	 * Set to {@code true} as a request attribute by a handler whose page must not be
	 * kept.
	 */
	public static final String DO_NOT_CACHE = PublicPageCache.class.getName() + ".doNotCache";

	/** Where Spring Session keeps the session a request opened. */
	private static final String SESSION_ATTRIBUTE = "org.springframework.session.SessionRepository.CURRENT_SESSION";

	private static final String VARY = "Accept, Accept-Encoding, Accept-Language, Cookie, HX-Request, HX-Target";

	private static final Set<String> NOT_KEPT = Set.of("set-cookie", "content-length", "date", "cache-control",
			"pragma", "expires", "etag", "last-modified", "vary", "transfer-encoding", "content-encoding");

	private static final List<String> HTMX_HEADERS = List.of("HX-Request", "HX-Target", "HX-Boosted",
			"HX-History-Restore-Request");

	private final LongSupplier version;

	private final LocaleResolver locales;

	private final List<PathPattern> paths;

	private final Pages pages;

	/** One render at a time per key: the others wait for it instead of rendering too. */
	private final Map<String, ReentrantLock> rendering = new ConcurrentHashMap<>();

	public PublicPageCache(LongSupplier version, LocaleResolver locales, List<String> paths, int maxEntries,
			long maxBytes) {
		this.version = version;
		this.locales = locales;
		this.paths = paths.stream().map(PathPatternParser.defaultInstance::parse).toList();
		this.pages = new Pages(maxEntries, maxBytes);
	}

	/** Empties the cache (tests). */
	public void clear() {
		this.pages.clear();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!eligible(request)) {
			chain.doFilter(request, response);
			return;
		}
		var key = key(request);
		var current = this.version.getAsLong();
		var page = this.pages.get(key);
		if (page == null || page.version != current) {
			var lock = this.rendering.computeIfAbsent(key, k -> new ReentrantLock());
			lock.lock();
			try {
				page = this.pages.get(key);
				if (page == null || page.version != current) {
					page = render(request, response, chain, current);
					if (page == null) {
						return;
					}
					this.pages.put(key, page);
				}
			}
			finally {
				lock.unlock();
				this.rendering.remove(key, lock);
			}
		}
		page.writeTo(request, response);
	}

	private boolean eligible(HttpServletRequest request) {
		var method = request.getMethod();
		if (!"GET".equals(method) && !"HEAD".equals(method)) {
			return false;
		}
		// Inside an open transaction (a test's) the page may show what is not committed.
		if (TransactionSynchronizationManager.isActualTransactionActive()) {
			return false;
		}
		if (request.getHeader(HttpHeaders.AUTHORIZATION) != null || request.getParameter("lang") != null) {
			return false;
		}
		var cookies = request.getCookies();
		if (cookies != null) {
			for (var cookie : cookies) {
				if ("SESSION".equals(cookie.getName()) || "JSESSIONID".equals(cookie.getName())) {
					return false;
				}
			}
		}
		var path = PathContainer.parsePath(request.getRequestURI().substring(request.getContextPath().length()));
		return this.paths.stream().anyMatch(pattern -> pattern.matches(path));
	}

	private String key(HttpServletRequest request) {
		var key = new StringBuilder(request.getRequestURI());
		// The parameters in name order: the same filters in another order are the same
		// page.
		new TreeMap<>(request.getParameterMap()).forEach((name, values) -> {
			for (var value : values) {
				key.append('\n').append(name).append('=').append(value);
			}
		});
		key.append('\n').append(this.locales.resolveLocale(request).toLanguageTag());
		key.append('\n').append(request.getHeader(HttpHeaders.ACCEPT));
		for (var header : HTMX_HEADERS) {
			key.append('\n').append(request.getHeader(header));
		}
		return key.toString();
	}

	/** Renders the page; sends it as it is and returns null when it must not be kept. */
	private Page render(HttpServletRequest request, HttpServletResponse response, FilterChain chain, long current)
			throws ServletException, IOException {
		var watched = new CsrfWatchingRequest(request);
		var captured = new ContentCachingResponseWrapper(response);
		chain.doFilter(watched, captured);
		var type = captured.getContentType();
		var keep = captured.getStatus() == 200 && !watched.csrfTokenRead && request.getSession(false) == null
				&& request.getAttribute(SESSION_ATTRIBUTE) == null
				&& !Boolean.TRUE.equals(request.getAttribute(DO_NOT_CACHE)) && !response.isCommitted()
				&& response.getHeaders(HttpHeaders.SET_COOKIE).isEmpty()
				&& response.getHeader(HttpHeaders.CONTENT_ENCODING) == null && type != null
				&& (type.startsWith("text/html") || type.startsWith("image/svg+xml"));
		if (!keep) {
			captured.copyBodyToResponse();
			return null;
		}
		var headers = new ArrayList<String[]>();
		for (var name : response.getHeaderNames()) {
			if (!NOT_KEPT.contains(name.toLowerCase(Locale.ROOT))) {
				for (var value : response.getHeaders(name)) {
					headers.add(new String[] { name, value });
				}
			}
		}
		var body = captured.getContentAsByteArray();
		response.reset();
		return new Page(current, type, headers, body);
	}

	/** Notes whether the page read the CSRF token, which is one browser's own. */
	private static final class CsrfWatchingRequest extends HttpServletRequestWrapper {

		private boolean csrfTokenRead;

		CsrfWatchingRequest(HttpServletRequest request) {
			super(request);
		}

		@Override
		public Object getAttribute(String name) {
			var value = super.getAttribute(name);
			if (value instanceof CsrfToken token) {
				return new WatchedToken(token);
			}
			return value;
		}

		private final class WatchedToken implements CsrfToken {

			private final CsrfToken token;

			WatchedToken(CsrfToken token) {
				this.token = token;
			}

			@Override
			public String getHeaderName() {
				return this.token.getHeaderName();
			}

			@Override
			public String getParameterName() {
				return this.token.getParameterName();
			}

			@Override
			public String getToken() {
				CsrfWatchingRequest.this.csrfTokenRead = true;
				return this.token.getToken();
			}

		}

	}

	/** A kept answer, as sent and gzipped. */
	static final class Page {

		final long version;

		private final String contentType;

		private final List<String[]> headers;

		private final byte[] body;

		private final byte[] gzipped;

		private final String etag;

		private final Instant lastModified;

		Page(long version, String contentType, List<String[]> headers, byte[] body) {
			this.version = version;
			this.contentType = contentType;
			this.headers = List.copyOf(headers);
			this.body = body;
			this.gzipped = body.length >= 1024 ? gzip(body) : null;
			this.etag = version + "-" + digest(body);
			this.lastModified = Instant.now().truncatedTo(ChronoUnit.SECONDS);
		}

		long size() {
			return this.body.length + (this.gzipped == null ? 0 : this.gzipped.length) + 512L;
		}

		void writeTo(HttpServletRequest request, HttpServletResponse response) throws IOException {
			var gzip = this.gzipped != null && acceptsGzip(request);
			var etag = "\"" + this.etag + (gzip ? "-gz" : "") + "\"";
			for (var header : this.headers) {
				response.addHeader(header[0], header[1]);
			}
			response.setHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
			response.setHeader(HttpHeaders.VARY, VARY);
			response.setHeader(HttpHeaders.ETAG, etag);
			response.setDateHeader(HttpHeaders.LAST_MODIFIED, this.lastModified.toEpochMilli());
			if (notModified(request)) {
				response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
				return;
			}
			response.setStatus(HttpServletResponse.SC_OK);
			response.setContentType(this.contentType);
			var content = gzip ? this.gzipped : this.body;
			if (gzip) {
				response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
			}
			response.setContentLength(content.length);
			if (!"HEAD".equals(request.getMethod())) {
				response.getOutputStream().write(content);
			}
		}

		private boolean notModified(HttpServletRequest request) {
			var ifNoneMatch = request.getHeader(HttpHeaders.IF_NONE_MATCH);
			if (ifNoneMatch != null) {
				for (var tag : ifNoneMatch.split(",")) {
					var candidate = tag.strip();
					if (candidate.startsWith("W/")) {
						candidate = candidate.substring(2);
					}
					if (candidate.equals("*") || candidate.equals("\"" + this.etag + "\"")
							|| candidate.equals("\"" + this.etag + "-gz\"")) {
						return true;
					}
				}
				return false;
			}
			try {
				var since = request.getDateHeader(HttpHeaders.IF_MODIFIED_SINCE);
				return since >= 0 && since >= this.lastModified.toEpochMilli();
			}
			catch (IllegalArgumentException ex) {
				return false;
			}
		}

		private static boolean acceptsGzip(HttpServletRequest request) {
			var accepted = request.getHeader(HttpHeaders.ACCEPT_ENCODING);
			return accepted != null && accepted.toLowerCase(Locale.ROOT).contains("gzip")
					&& !accepted.toLowerCase(Locale.ROOT).contains("gzip;q=0");
		}

		private static byte[] gzip(byte[] body) {
			var out = new ByteArrayOutputStream(body.length / 4);
			try (var gzip = new GZIPOutputStream(out)) {
				gzip.write(body);
			}
			catch (IOException ex) {
				throw new IllegalStateException(ex);
			}
			return out.toByteArray();
		}

		private static String digest(byte[] body) {
			try {
				return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body), 0, 8);
			}
			catch (NoSuchAlgorithmException ex) {
				throw new IllegalStateException(ex);
			}
		}

	}

	/** The kept pages, least recently used first out, bounded in number and bytes. */
	private static final class Pages {

		private final int maxEntries;

		private final long maxBytes;

		private final LinkedHashMap<String, Page> entries = new LinkedHashMap<>(256, 0.75f, true);

		private long bytes;

		Pages(int maxEntries, long maxBytes) {
			this.maxEntries = maxEntries;
			this.maxBytes = maxBytes;
		}

		synchronized Page get(String key) {
			return this.entries.get(key);
		}

		synchronized void put(String key, Page page) {
			var old = this.entries.put(key, page);
			if (old != null) {
				this.bytes -= old.size();
			}
			this.bytes += page.size();
			var oldest = this.entries.entrySet().iterator();
			while ((this.entries.size() > this.maxEntries || this.bytes > this.maxBytes) && oldest.hasNext()) {
				var eldest = oldest.next();
				if (eldest.getKey().equals(key)) {
					continue;
				}
				this.bytes -= eldest.getValue().size();
				oldest.remove();
			}
		}

		synchronized void clear() {
			this.entries.clear();
			this.bytes = 0;
		}

	}

}
