package app.accord.surveys.exports;

import app.accord.shared.web.Downloads;

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
		return Downloads.csv(export.csv(id, scope),
				"survey-" + id + "-responses" + (scope == null ? "" : "-" + scope) + ".csv");
	}

}
