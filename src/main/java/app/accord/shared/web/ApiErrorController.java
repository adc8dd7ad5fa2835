package app.accord.shared.web;

import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.boot.webmvc.autoconfigure.error.BasicErrorController;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.ErrorResponse;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.servlet.ModelAndView;

/**
 * What the servlet container forwards to {@code /error}: for a request under
 * {@code /api/} a problem detail (RFC 9457) whatever the client accepts, so that 405,
 * 415, a refused header or a failure answer like every other API error; for pages, Boot's
 * error pages. The API's own errors are translated by {@link ApiProblems} before they get
 * here. {@code /error} asked for directly is not a page: 404.
 */
@Controller
class ApiErrorController extends BasicErrorController {

	private final ErrorAttributes errorAttributes;

	private final JsonMapper json;

	ApiErrorController(ErrorAttributes errorAttributes, WebProperties web, List<ErrorViewResolver> resolvers,
			JsonMapper json) {
		super(errorAttributes, web.getError(), resolvers);
		this.errorAttributes = errorAttributes;
		this.json = json;
	}

	@Override
	public ModelAndView errorHtml(HttpServletRequest request, HttpServletResponse response) {
		if (!isApi(request)) {
			return super.errorHtml(request, response);
		}
		var problem = problem(request);
		response.setStatus(problem.getStatus());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		try {
			json.writeValue(response.getOutputStream(), body(problem));
		}
		catch (IOException ex) {
			// The client has gone; there is no one left to tell.
		}
		return null;
	}

	@Override
	public ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
		if (!isApi(request)) {
			return super.error(request);
		}
		var problem = problem(request);
		return ResponseEntity.status(problem.getStatus())
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(body(problem));
	}

	@Override
	protected HttpStatus getStatus(HttpServletRequest request) {
		if (request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) == null) {
			return HttpStatus.NOT_FOUND;
		}
		return super.getStatus(request);
	}

	private ProblemDetail problem(HttpServletRequest request) {
		var status = getStatus(request);
		var error = errorAttributes.getError(new ServletWebRequest(request));
		ProblemDetail problem;
		if (error instanceof ErrorResponse response && response.getStatusCode().value() == status.value()) {
			problem = response.getBody();
		}
		else {
			problem = ProblemDetail.forStatus(status);
			if (status.is5xxServerError()) {
				problem.setDetail("The server could not complete the request. Try again; if it keeps failing, "
						+ "tell the initiative's staff.");
			}
		}
		problem.setInstance(URI.create(originalPath(request)));
		return problem;
	}

	private static Map<String, Object> body(ProblemDetail problem) {
		var body = new LinkedHashMap<String, Object>();
		body.put("type", problem.getType() == null ? "about:blank" : problem.getType().toString());
		body.put("title", problem.getTitle());
		body.put("status", problem.getStatus());
		if (problem.getDetail() != null) {
			body.put("detail", problem.getDetail());
		}
		body.put("instance", problem.getInstance().toString());
		if (problem.getProperties() != null) {
			body.putAll(problem.getProperties());
		}
		return body;
	}

	private static boolean isApi(HttpServletRequest request) {
		return originalPath(request).startsWith("/api/");
	}

	private static String originalPath(HttpServletRequest request) {
		var uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		if (uri == null) {
			return request.getRequestURI().substring(request.getContextPath().length());
		}
		return uri.toString().substring(request.getContextPath().length());
	}

}
