package app.accord.shared.web;

import app.accord.shared.NotFoundException;
import app.accord.shared.RuleViolation;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.MismatchedInputException;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import jakarta.validation.ConstraintViolationException;

/**
 * Errors of the JSON API as RFC 9457 problem details with a 4xx status, never a stack
 * trace.
 */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblems extends ResponseEntityExceptionHandler {

	private final MessageSource messages;

	ApiProblems(MessageSource messages) {
		this.messages = messages;
	}

	/**
	 * Bean Validation errors of a request body, each with its field and message, so
	 * clients can show them in place.
	 */
	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		var locale = LocaleContextHolder.getLocale();
		var errors = ex.getBindingResult()
			.getFieldErrors()
			.stream()
			.map(error -> Map.of("field", error.getField(), "message", messages.getMessage(error, locale)))
			.toList();
		var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "Invalid fields: "
				+ String.join(", ", errors.stream().map(error -> error.get("field")).sorted().toList()) + ".");
		problem.setProperty("errors", errors);
		return ResponseEntity.badRequest().headers(headers).body(problem);
	}

	/**
	 * A body that cannot be read names the field (its path, e.g.
	 * {@code attendees[0].email}) and the form expected there, instead of "Failed to read
	 * request".
	 */
	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		var locale = LocaleContextHolder.getLocale();
		Throwable cause = ex.getCause();
		while (cause != null && !(cause instanceof JacksonException)) {
			cause = cause.getCause();
		}
		ProblemDetail problem;
		if (cause instanceof JacksonException json) {
			var field = path(json);
			String expected;
			if (json instanceof StreamReadException && !(json instanceof MismatchedInputException)) {
				var location = json.getLocation();
				expected = messages.getMessage("api.json.malformed",
						new Object[] { location == null ? "?" : location.getLineNr(),
								location == null ? "?" : location.getColumnNr() },
						locale);
			}
			else if (json instanceof MismatchedInputException mismatch) {
				expected = expected(mismatch.getTargetType(), locale);
			}
			else {
				expected = messages.getMessage("api.json.object", null, locale);
			}
			var name = field.isEmpty() ? messages.getMessage("api.json.body", null, locale) : field;
			problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, name + ": " + expected + ".");
			problem.setProperty("errors", List.of(Map.of("field", field, "message", expected)));
		}
		else {
			problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
					messages.getMessage("api.json.missing", null, locale));
		}
		return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
	}

	private static String path(JacksonException ex) {
		var path = new StringBuilder();
		for (var reference : ex.getPath()) {
			if (reference.getPropertyName() != null) {
				if (!path.isEmpty()) {
					path.append('.');
				}
				path.append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				path.append('[').append(reference.getIndex()).append(']');
			}
		}
		return path.toString();
	}

	private String expected(Class<?> type, Locale locale) {
		String key;
		Object[] arguments = null;
		if (type == null) {
			key = "api.json.object";
		}
		else if (type.isEnum()) {
			key = "api.json.oneOf";
			arguments = new Object[] { Arrays.stream(type.getEnumConstants())
				.map(constant -> ((Enum<?>) constant).name())
				.collect(Collectors.joining(", ")) };
		}
		else if (type == LocalDate.class) {
			key = "api.json.date";
		}
		else if (type == LocalDateTime.class) {
			key = "api.json.dateTime";
		}
		else if (type == Instant.class || type == OffsetDateTime.class || type == ZonedDateTime.class) {
			key = "api.json.instant";
		}
		else if (type == Integer.class || type == int.class || type == Long.class || type == long.class
				|| type == Short.class || type == short.class || type == BigInteger.class) {
			key = "api.json.wholeNumber";
		}
		else if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class
				|| type == BigDecimal.class) {
			key = "api.json.number";
		}
		else if (type == Boolean.class || type == boolean.class) {
			key = "api.json.boolean";
		}
		else if (type == String.class || type == Character.class || type == char.class) {
			key = "api.json.text";
		}
		else if (Collection.class.isAssignableFrom(type) || type.isArray()) {
			key = "api.json.list";
		}
		else {
			key = "api.json.object";
		}
		return messages.getMessage(key, arguments, locale);
	}

	/**
	 * The firewall refuses header values that are not printable ASCII (such as an
	 * {@code Idempotency-Key} in another script) when a handler reads them.
	 */
	@ExceptionHandler(RequestRejectedException.class)
	ProblemDetail rejectedHeader(RequestRejectedException ex, Locale locale) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				messages.getMessage("api.header.rejected", null, locale));
	}

	/**
	 * A broken rule of any module, with the one status rule of {@link RuleViolation.Kind}
	 * and the field it is about (also as {@code errors}, the shape of validation errors).
	 */
	@ExceptionHandler(RuleViolation.class)
	ProblemDetail ruleViolation(RuleViolation ex, Locale locale) {
		var message = messages.getMessage(ex.messageKey(), ex.arguments(), ex.messageKey(), locale);
		var problem = ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(ex.kind().status()), message);
		if (ex.field() != null) {
			problem.setProperty("field", ex.field());
			problem.setProperty("errors", List.of(Map.of("field", ex.field(), "message", message)));
		}
		ex.details().forEach(problem::setProperty);
		return problem;
	}

	@ExceptionHandler(NotFoundException.class)
	ProblemDetail notFound(NotFoundException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage());
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ProblemDetail badParameter(MethodArgumentTypeMismatchException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"Parameter '" + ex.getName() + "' has an invalid value.");
	}

	@ExceptionHandler({ ConstraintViolationException.class, IllegalArgumentException.class })
	ProblemDetail invalid(RuntimeException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage());
	}

}
