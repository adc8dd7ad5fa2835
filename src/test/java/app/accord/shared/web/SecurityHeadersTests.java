package app.accord.shared.web;

import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Requests Tomcat refuses itself, before the application sees them, are answered with the
 * same security headers as the application's pages: a real server, raw requests.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class SecurityHeadersTests {

	static final List<String> SECURITY_HEADERS = List.of("Content-Security-Policy", "X-Frame-Options",
			"X-Content-Type-Options", "Referrer-Policy", "X-XSS-Protection", "Cache-Control");

	@LocalServerPort
	int port;

	static Stream<Named<String>> requestsTomcatRefuses() {
		return Stream.of(
				Named.of("a header over 8 KB",
						"GET / HTTP/1.1\r\nHost: localhost\r\nX-Padding: " + "a".repeat(9000) + "\r\n"),
				Named.of("an encoded backslash", "GET /s/a%5Cb HTTP/1.1\r\nHost: localhost\r\n"),
				Named.of("a character not allowed in an address", "GET /s/a{b HTTP/1.1\r\nHost: localhost\r\n"),
				Named.of("an invalid host", "GET / HTTP/1.1\r\nHost: a b\r\n"),
				Named.of("an unknown HTTP version", "GET / HTTP/9.9\r\nHost: localhost\r\n"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("requestsTomcatRefuses")
	void aRequestTomcatRefusesIsAnsweredWithTheSecurityHeadersOfEveryPage(String request) throws IOException {
		var page = send("GET /signin HTTP/1.1\r\nHost: localhost\r\n");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.header("Content-Security-Policy")).contains("frame-ancestors 'none'");

		var refused = send(request);
		assertThat(refused.status()).isBetween(400, 505);
		for (var name : SECURITY_HEADERS) {
			assertThat(refused.header(name)).as(name).isNotNull().isEqualTo(page.header(name));
		}
	}

	private Answer send(String head) throws IOException {
		try (var socket = new Socket("localhost", port)) {
			socket.setSoTimeout(10_000);
			socket.getOutputStream().write((head + "Connection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
			socket.getOutputStream().flush();
			var answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
			var lines = answer.substring(0, answer.indexOf("\r\n\r\n")).split("\r\n");
			var headers = new TreeMap<String, String>(String.CASE_INSENSITIVE_ORDER);
			for (int i = 1; i < lines.length; i++) {
				var colon = lines[i].indexOf(':');
				headers.put(lines[i].substring(0, colon), lines[i].substring(colon + 1).trim());
			}
			return new Answer(Integer.parseInt(lines[0].split(" ")[1]), headers);
		}
	}

	private record Answer(int status, Map<String, String> headers) {

		String header(String name) {
			return headers.get(name);
		}

	}

}
