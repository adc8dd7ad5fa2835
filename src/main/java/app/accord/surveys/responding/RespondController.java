package app.accord.surveys.responding;

import app.accord.shared.Secrets;
import app.accord.surveys.administrations.Administration;
import app.accord.surveys.rules.SurveyRuleViolation;
import java.time.Clock;
import java.time.LocalDate;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The anonymous response form behind a link or invitation: no sign-in, English or
 * Spanish, errors next to each item with the other answers kept. Answers arrive as
 * {@code a_<item code>} parameters.
 */
@Controller
class RespondController {

	static final String ANSWER = "a_";

	private final Responses responses;

	private final Clock clock;

	private final MessageSource messages;

	RespondController(Responses responses, Clock clock, MessageSource messages) {
		this.responses = responses;
		this.clock = clock;
		this.messages = messages;
	}

	@GetMapping("/s/{token}")
	String form(@PathVariable String token, Model model) {
		var target = responses.resolve(token);
		var state = target.administration().state(LocalDate.now(clock));
		if (state != Administration.State.OPEN) {
			model.addAttribute("target", target);
			model.addAttribute("state", state);
			return "surveys/respond-closed";
		}
		return render(token, target, Map.of(), null, Map.of(), Secrets.random(), model);
	}

	@PostMapping("/s/{token}")
	String submit(@PathVariable String token, @RequestParam MultiValueMap<String, String> params, Model model) {
		var answers = new LinkedHashMap<String, String>();
		params.forEach((name, values) -> {
			if (name.startsWith(ANSWER) && !values.isEmpty()) {
				answers.put(name.substring(ANSWER.length()), values.get(0));
			}
		});
		var site = params.getFirst("site");
		var nonce = params.getFirst("nonce");
		try {
			responses.submit(new Submission(token, answers, site, nonce));
			return "redirect:/s/thanks";
		}
		catch (InvalidAnswers ex) {
			return render(token, responses.resolve(token), answers, site, ex.errors(), nonce, model);
		}
		catch (SurveyRuleViolation ex) {
			if ("token".equals(ex.field())) {
				throw ex;
			}
			return render(token, responses.resolve(token), answers, site, Map.of("nonce", ex.messageKey()),
					Secrets.random(), model);
		}
	}

	@GetMapping("/s/thanks")
	String thanks() {
		return "surveys/thanks";
	}

	private String render(String token, Responses.Target target, Map<String, String> answers, String site,
			Map<String, String> errors, String nonce, Model model) {
		model.addAttribute("token", token);
		model.addAttribute("target", target);
		model.addAttribute("instrument", target.instrument());
		model.addAttribute("answers", answers);
		model.addAttribute("site", site);
		model.addAttribute("errors", errors);
		// Answers to questions the form does not show have nowhere to be marked: list
		// them.
		model.addAttribute("unknownItems", errors.keySet()
			.stream()
			.filter(key -> !key.equals("site") && !key.equals("nonce") && target.instrument().question(key).isEmpty())
			.toList());
		model.addAttribute("nonce", nonce);
		model.addAttribute("sections", target.instrument().sections().size());
		return "surveys/respond";
	}

	/**
	 * A forged, unknown, used or expired link: the same page and the same 404, whatever
	 * the reason, so that a link's state cannot be probed (the shared error page would
	 * answer a used link or a closed window with 409).
	 */
	@ExceptionHandler(SurveyRuleViolation.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String badLink(SurveyRuleViolation ex, Model model, Locale locale) {
		model.addAttribute("reason", messages.getMessage(ex.messageKey(), ex.arguments(), locale));
		return "surveys/respond-invalid";
	}

}
