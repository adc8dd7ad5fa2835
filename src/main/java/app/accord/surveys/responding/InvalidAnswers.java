package app.accord.surveys.responding;

import java.util.Map;

/** Answers that cannot be stored, each item code with the message key that says why. */
public class InvalidAnswers extends RuntimeException {

	private final transient Map<String, String> errors;

	InvalidAnswers(Map<String, String> errors) {
		super("Invalid answers: " + errors.keySet());
		this.errors = Map.copyOf(errors);
	}

	public Map<String, String> errors() {
		return errors;
	}

}
