package app.accord.shared.web;

import app.accord.shared.NotFoundException;
import app.accord.shared.RuleViolation;

import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Pages answer a missing object with the 404 page, and a broken rule that no form shows
 * in place with a page saying what was wrong, under the status of its kind; the JSON API
 * answers both with problem details (see {@link ApiProblems}).
 */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class ErrorPages {

	private final MessageSource messages;

	ErrorPages(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(NotFoundException.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notFound() {
		return "error/404";
	}

	@ExceptionHandler(RuleViolation.class)
	String ruleViolation(RuleViolation ex, Model model, HttpServletResponse response, Locale locale) {
		response.setStatus(ex.kind().status());
		model.addAttribute("message", messages.getMessage(ex.messageKey(), ex.arguments(), ex.messageKey(), locale));
		return "error/rule";
	}

}
