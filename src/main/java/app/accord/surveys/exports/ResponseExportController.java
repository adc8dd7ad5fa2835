package app.accord.surveys.exports;

import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The response-level CSV of an administration (staff only, see {@link ResponseExport}).
 */
@Controller
class ResponseExportController {

	private final ResponseExport export;

	ResponseExportController(ResponseExport export) {
		this.export = export;
	}

	@GetMapping("/staff/surveys/administrations/{id}/responses.csv")
	ResponseEntity<byte[]> csv(@PathVariable long id, @RequestParam(required = false) String lea) {
		var scope = lea == null || lea.isBlank() ? null : lea.strip();
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(app.accord.shared.web.SafeFilename
							.of("survey-" + id + "-responses" + (scope == null ? "" : "-" + scope) + ".csv"))
						.build()
						.toString())
			.body(export.csv(id, scope).getBytes(StandardCharsets.UTF_8));
	}

}
