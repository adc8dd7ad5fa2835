package app.accord.surveys.instruments;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** A questionnaire: sections of bank items, one of which may be the comparison group. */
public record Instrument(long id, String titleEn, String titleEs, String groupItemCode, List<Section> sections) {

	public record Section(String titleEn, String titleEs, List<Question> questions) {

		public String title(Locale locale) {
			return Item.spanish(locale) ? titleEs : titleEn;
		}

	}

	public record Question(Item item, boolean required) {
	}

	public String title(Locale locale) {
		return Item.spanish(locale) ? titleEs : titleEn;
	}

	public List<Question> questions() {
		return sections.stream().flatMap(s -> s.questions().stream()).toList();
	}

	public Optional<Question> question(String code) {
		return questions().stream().filter(q -> q.item().code().equals(code)).findFirst();
	}

	public Optional<Item> groupItem() {
		return groupItemCode == null ? Optional.empty() : question(groupItemCode).map(Question::item);
	}

}
