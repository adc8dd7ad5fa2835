package app.accord.shared.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Errors that Spring MVC hands to the servlet container (no handler matched, a header the
 * firewall refuses) as an API client reads them over HTTP: problem details, like every
 * other API error. Plain sockets, so that the bytes sent are exactly the ones written
 * here.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ApiErrorResponsesTests {

	static final String ADMIN_TOKEN = "test-bootstrap-token-0123456789abcdef";

	@LocalServerPort
	int port;

	@Test
	void aMethodTheRouteDoesNotTakeIsAProblemWithTheAllowedOnes() throws IOException {
		var response = send("DELETE /api/v1/leas HTTP/1.1\r\nAuthorization: Bearer " + ADMIN_TOKEN + "\r\n",
				new byte[0]);
		assertThat(response.status()).isEqualTo(405);
		assertThat(response.header("Content-Type")).startsWith("application/problem+json");
		assertThat(response.header("Allow")).contains("GET");
		assertThat(response.body()).contains("\"status\":405").contains("\"instance\":\"/api/v1/leas\"");
	}

	@Test
	void aBodyTypeTheRouteDoesNotReadIsAProblem() throws IOException {
		for (var path : new String[] { "/api/v1/teams", "/api/v1/resources" }) {
			var response = send("POST " + path + " HTTP/1.1\r\nAuthorization: Bearer " + ADMIN_TOKEN
					+ "\r\nContent-Type: text/plain\r\n", "a team".getBytes(StandardCharsets.UTF_8));
			assertThat(response.status()).as(path).isEqualTo(415);
			assertThat(response.header("Content-Type")).as(path).startsWith("application/problem+json");
			assertThat(response.body()).as(path).contains("\"status\":415").contains("text/plain");
		}
	}

	@Test
	void anIdempotencyKeyInAnotherScriptIsRefusedAsAProblem() throws IOException {
		for (var key : new String[] { "登録-1", "clé-1" }) {
			var head = ("POST /api/v1/events/999999/registrations HTTP/1.1\r\nAuthorization: Bearer " + ADMIN_TOKEN
					+ "\r\nContent-Type: application/json\r\nIdempotency-Key: " + key + "\r\n")
				.getBytes(StandardCharsets.UTF_8);
			var response = send(head,
					"{\"person\":{\"name\":\"Ana\",\"email\":\"ana@example.org\"}}".getBytes(StandardCharsets.UTF_8));
			assertThat(response.status()).as(key).isEqualTo(400);
			assertThat(response.header("Content-Type")).as(key).startsWith("application/problem+json");
			assertThat(response.body()).as(key).contains("ASCII");
		}
	}

	@Test
	void anUnknownApiAddressIsAProblemAndAnUnknownPageIsAPage() throws IOException {
		var api = send("GET /api/v1/nothing-here HTTP/1.1\r\nAuthorization: Bearer " + ADMIN_TOKEN + "\r\n",
				new byte[0]);
		assertThat(api.status()).isEqualTo(404);
		assertThat(api.header("Content-Type")).startsWith("application/problem+json");
		var page = send("GET /nothing-here HTTP/1.1\r\nAccept: text/html\r\n", new byte[0]);
		assertThat(page.status()).isEqualTo(404);
		assertThat(page.header("Content-Type")).startsWith("text/html");
	}

	@Test
	void theErrorAddressItselfIsNotFound() throws IOException {
		var page = send("GET /error HTTP/1.1\r\nAccept: text/html\r\n", new byte[0]);
		assertThat(page.status()).isEqualTo(404);
		var json = send("GET /error HTTP/1.1\r\nAccept: application/json\r\n", new byte[0]);
		assertThat(json.status()).isEqualTo(404);
	}

	private Response send(String head, byte[] body) throws IOException {
		return send(head.getBytes(StandardCharsets.US_ASCII), body);
	}

	private Response send(byte[] head, byte[] body) throws IOException {
		try (var socket = new Socket("localhost", port)) {
			var out = socket.getOutputStream();
			out.write(head);
			out.write(
					("Host: localhost:" + port + "\r\nConnection: close\r\nContent-Length: " + body.length + "\r\n\r\n")
						.getBytes(StandardCharsets.US_ASCII));
			out.write(body);
			out.flush();
			var all = new ByteArrayOutputStream();
			socket.getInputStream().transferTo(all);
			return Response.of(all.toString(StandardCharsets.UTF_8));
		}
	}

	record Response(int status, String head, String body) {

		static Response of(String raw) {
			var split = raw.indexOf("\r\n\r\n");
			var head = raw.substring(0, split);
			var body = raw.substring(split + 4);
			return new Response(Integer.parseInt(head.substring(9, 12)), head, body);
		}

		String header(String name) {
			for (var line : head.split("\r\n")) {
				if (line.regionMatches(true, 0, name + ":", 0, name.length() + 1)) {
					return line.substring(name.length() + 1).trim();
				}
			}
			return "";
		}

	}

}
