package app.accord.surveys.instruments;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * An item of the bank. Its code is stable: instruments that reuse it are compared item by
 * item.
 */
public record Item(String code, ItemKind kind, Integer scalePoints, boolean allowNa, String textEn, String textEs,
		List<Choice> choices) {

	/** The value that stands for "don't know / not applicable". */
	public static final int NOT_APPLICABLE = 0;

	/** Longest open-text answer kept, in characters. */
	public static final int MAX_TEXT = 2000;

	public record Choice(String code, String labelEn, String labelEs) {

		public String label(Locale locale) {
			return Item.spanish(locale) ? labelEs : labelEn;
		}

	}

	public String text(Locale locale) {
		return spanish(locale) ? textEs : textEn;
	}

	public boolean likert() {
		return kind == ItemKind.LIKERT;
	}

	/** Likert values that count as agreeing: the top two points of the scale. */
	public boolean agrees(int value) {
		return likert() && value >= scalePoints - 1;
	}

	public Optional<Choice> choice(String code) {
		return choices.stream().filter(c -> c.code().equals(code)).findFirst();
	}

	static boolean spanish(Locale locale) {
		return locale != null && "es".equals(locale.getLanguage());
	}

}
