package app.accord.accounts.security;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Calls of the public API reads without a token are limited per client address: a token
 * bucket per address, kept in memory on each node, that holds {@code burst} calls and
 * refills at {@code perMinute}. Over the limit the answer is 429 with
 * {@code Retry-After}. Calls with a token are not limited here.
 */
class PublicApiLimit extends OncePerRequestFilter {

	/**
	 * {@code accord.api.anonymous.*}.
	 *
	 * @param perMinute calls an address may make per minute, on average
	 * @param burst calls an address may make at once after a pause
	 * @param maxAddresses how many addresses are remembered; beyond that, addresses whose
	 * bucket is full again are forgotten first
	 */
	@ConfigurationProperties("accord.api.anonymous")
	record Settings(int perMinute, int burst, int maxAddresses) {

		Settings {
			if (perMinute <= 0) {
				perMinute = 60;
			}
			if (burst <= 0) {
				burst = perMinute;
			}
			if (maxAddresses <= 0) {
				maxAddresses = 100_000;
			}
		}

	}

	private final Settings settings;

	private final RequestMatcher publicReads;

	private final Clock clock;

	private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();

	PublicApiLimit(Settings settings, RequestMatcher publicReads, Clock clock) {
		this.settings = settings;
		this.publicReads = publicReads;
		this.clock = clock;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		var anonymous = authentication == null || authentication instanceof AnonymousAuthenticationToken;
		return !anonymous || !this.publicReads.matches(request);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		var wait = take(request.getRemoteAddr());
		if (wait.isZero()) {
			chain.doFilter(request, response);
			return;
		}
		var seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
		response.setStatus(429);
		response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.getWriter()
			.write("{\"type\":\"about:blank\",\"title\":\"Too Many Requests\",\"status\":429,\"detail\":\"Calls without "
					+ "an API token are limited to " + this.settings.perMinute()
					+ " a minute per address. Try again in " + seconds + " s, or send a personal API token.\"}");
	}

	/** Takes one call from the address's bucket: zero, or how long until one is there. */
	Duration take(String address) {
		var now = this.clock.millis();
		if (this.buckets.size() >= this.settings.maxAddresses() && !this.buckets.containsKey(address)) {
			this.buckets.values().removeIf(bucket -> bucket.isFull(now));
			if (this.buckets.size() >= this.settings.maxAddresses()) {
				// More busy addresses than can be remembered: start afresh rather than
				// grow without bound.
				this.buckets.clear();
			}
		}
		var bucket = this.buckets.computeIfAbsent(address, key -> new Bucket(this.settings.burst(), now));
		return bucket.take(now);
	}

	private final class Bucket {

		private double calls;

		private long updated;

		Bucket(double calls, long now) {
			this.calls = calls;
			this.updated = now;
		}

		synchronized Duration take(long now) {
			refill(now);
			if (this.calls >= 1) {
				this.calls -= 1;
				return Duration.ZERO;
			}
			return Duration.ofMillis((long) Math.ceil((1 - this.calls) * perCallMillis()));
		}

		synchronized boolean isFull(long now) {
			refill(now);
			return this.calls >= settings.burst();
		}

		private void refill(long now) {
			if (now > this.updated) {
				this.calls = Math.min(settings.burst(), this.calls + (now - this.updated) / perCallMillis());
				this.updated = now;
			}
		}

		private double perCallMillis() {
			return 60_000.0 / settings.perMinute();
		}

	}

}
