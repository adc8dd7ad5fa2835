package app.accord.library.uploads;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * An S3-compatible server in the test's own JVM, path-style only: PUT, GET, HEAD and
 * DELETE on {@code /bucket/key}, objects kept in a map. Signatures are not checked;
 * bodies the SDK sends in signed chunks ({@code aws-chunked}) are decoded as a real
 * server would. Only the buckets it was given exist; others answer 404 NoSuchBucket.
 */
final class FakeS3 implements AutoCloseable {

	record Request(String method, String path) {
	}

	private final HttpServer server;

	private final List<String> buckets;

	/** "bucket/key" to content. */
	final Map<String, byte[]> objects = new ConcurrentHashMap<>();

	final List<Request> requests = new CopyOnWriteArrayList<>();

	FakeS3(String... buckets) throws IOException {
		this.buckets = List.of(buckets);
		this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		this.server.createContext("/", this::handle);
		this.server.start();
	}

	URI endpoint() {
		return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
	}

	private void handle(HttpExchange exchange) throws IOException {
		try (exchange) {
			var path = exchange.getRequestURI().getPath().substring(1);
			var method = exchange.getRequestMethod();
			requests.add(new Request(method, path));
			var slash = path.indexOf('/');
			var bucket = slash < 0 ? path : path.substring(0, slash);
			if (!buckets.contains(bucket)) {
				error(exchange, 404, "NoSuchBucket");
				return;
			}
			switch (method) {
				case "PUT" -> {
					objects.put(path, body(exchange));
					exchange.getResponseHeaders().add("ETag", "\"" + Integer.toHexString(path.hashCode()) + "\"");
					exchange.sendResponseHeaders(200, -1);
				}
				case "GET", "HEAD" -> {
					var content = objects.get(path);
					if (content == null) {
						error(exchange, 404, "NoSuchKey");
						return;
					}
					exchange.getResponseHeaders().add("Content-Type", "application/octet-stream");
					if ("HEAD".equals(method)) {
						exchange.getResponseHeaders().add("Content-Length", String.valueOf(content.length));
						exchange.sendResponseHeaders(200, -1);
					}
					else {
						exchange.sendResponseHeaders(200, content.length == 0 ? -1 : content.length);
						exchange.getResponseBody().write(content);
					}
				}
				case "DELETE" -> {
					objects.remove(path);
					exchange.sendResponseHeaders(204, -1);
				}
				default -> error(exchange, 405, "MethodNotAllowed");
			}
		}
	}

	/** The object's bytes, with the aws-chunked framing removed if the SDK used it. */
	private static byte[] body(HttpExchange exchange) throws IOException {
		var raw = exchange.getRequestBody().readAllBytes();
		var sha = exchange.getRequestHeaders().getFirst("x-amz-content-sha256");
		var encoding = exchange.getRequestHeaders().getFirst("Content-Encoding");
		var chunked = (sha != null && sha.startsWith("STREAMING-"))
				|| (encoding != null && encoding.contains("aws-chunked"));
		return chunked ? unchunk(raw) : raw;
	}

	/**
	 * {@code hex-size[;chunk-signature=…]\r\n data \r\n}, repeated until a chunk of size
	 * 0, then trailers.
	 */
	private static byte[] unchunk(byte[] raw) {
		var out = new ByteArrayOutputStream();
		var at = 0;
		while (true) {
			var lineEnd = indexOfCrLf(raw, at);
			var header = new String(raw, at, lineEnd - at, StandardCharsets.US_ASCII);
			var semicolon = header.indexOf(';');
			var size = Integer.parseInt(semicolon < 0 ? header.trim() : header.substring(0, semicolon).trim(), 16);
			at = lineEnd + 2;
			if (size == 0) {
				return out.toByteArray();
			}
			out.write(raw, at, size);
			at += size + 2;
		}
	}

	private static int indexOfCrLf(byte[] raw, int from) {
		for (var i = from; i < raw.length - 1; i++) {
			if (raw[i] == '\r' && raw[i + 1] == '\n') {
				return i;
			}
		}
		throw new IllegalStateException("Malformed aws-chunked body");
	}

	private static void error(HttpExchange exchange, int status, String code) throws IOException {
		var xml = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Error><Code>" + code + "</Code><Message>" + code
				+ "</Message></Error>")
			.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().add("Content-Type", "application/xml");
		if ("HEAD".equals(exchange.getRequestMethod())) {
			exchange.sendResponseHeaders(status, -1);
			return;
		}
		exchange.sendResponseHeaders(status, xml.length);
		exchange.getResponseBody().write(xml);
	}

	static byte[] readAll(InputStream in) throws IOException {
		try (in) {
			return in.readAllBytes();
		}
	}

	@Override
	public void close() {
		server.stop(0);
	}

}
