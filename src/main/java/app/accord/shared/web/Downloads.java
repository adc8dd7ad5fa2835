package app.accord.shared.web;

import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The one way to send a file: always an attachment under a safe name (RFC 6266, with the
 * exact name in UTF-8 beside an ASCII fallback), never sniffed into another type, never
 * kept in a shared cache (exports hold personal data).
 */
public final class Downloads {

	public static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	public static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private Downloads() {
	}

	public static ResponseEntity<byte[]> csv(String text, String filename) {
		return file(text.getBytes(StandardCharsets.UTF_8), filename, CSV);
	}

	public static ResponseEntity<byte[]> xlsx(byte[] body, String filename) {
		return file(body, filename, XLSX);
	}

	public static ResponseEntity<byte[]> pdf(byte[] body, String filename) {
		return file(body, filename, MediaType.APPLICATION_PDF);
	}

	public static ResponseEntity<byte[]> file(byte[] body, String filename, MediaType type) {
		return headers(filename, type).contentLength(body.length).body(body);
	}

	/** A stored file streamed as it is read, of a known size. */
	public static ResponseEntity<InputStreamResource> stream(InputStream content, long size, String filename,
			MediaType type) {
		return headers(filename, type).contentLength(size).body(new InputStreamResource(content));
	}

	/** RFC 6266: an ASCII fallback name and the exact name in UTF-8. */
	public static String contentDisposition(String name) {
		var safe = SafeFilename.of(name);
		var ascii = safe.replaceAll("[^\\x20-\\x7E]", "_").replace("\\", "_").replace("\"", "_");
		var encoded = URLEncoder.encode(safe, StandardCharsets.UTF_8).replace("+", "%20");
		return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
	}

	private static ResponseEntity.BodyBuilder headers(String filename, MediaType type) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION, contentDisposition(filename))
			.header("X-Content-Type-Options", "nosniff")
			.cacheControl(CacheControl.noStore());
	}

}
