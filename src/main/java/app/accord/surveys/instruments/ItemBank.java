package app.accord.surveys.instruments;

import app.accord.surveys.rules.SurveyRuleViolation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The items every instrument draws from, by stable code. */
@Component
public class ItemBank {

	static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,59}");

	private final JdbcTemplate jdbc;

	ItemBank(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	public List<Item> all() {
		return load("", new Object[0]);
	}

	@Transactional(readOnly = true)
	Optional<Item> find(String code) {
		return load(" where i.code = ?", new Object[] { code }).stream().findFirst();
	}

	/**
	 * Adds the item to the bank; an item already there with the same code must be the
	 * same item, so trends never compare different questions under one code.
	 */
	@Transactional
	Item add(Item item) {
		validate(item);
		var existing = find(item.code());
		if (existing.isPresent()) {
			if (!existing.get().equals(item)) {
				throw new SurveyRuleViolation("items", "surveys.item.codeTaken", item.code());
			}
			return existing.get();
		}
		jdbc.update(
				"insert into survey_item (code, kind, scale_points, allow_na, text_en, text_es) values (?, ?, ?, ?, ?, ?)",
				item.code(), item.kind().name(), item.scalePoints(), item.allowNa(), item.textEn(), item.textEs());
		var position = 1;
		for (var choice : item.choices()) {
			jdbc.update(
					"insert into survey_item_choice (item_code, code, position, label_en, label_es) values (?, ?, ?, ?, ?)",
					item.code(), choice.code(), position++, choice.labelEn(), choice.labelEs());
		}
		return item;
	}

	private static void validate(Item item) {
		if (item.code() == null || !CODE.matcher(item.code()).matches()) {
			throw new SurveyRuleViolation("items", "surveys.item.codeInvalid", String.valueOf(item.code()));
		}
		if (blank(item.textEn()) || blank(item.textEs()) || item.textEn().length() > 1000
				|| item.textEs().length() > 1000) {
			throw new SurveyRuleViolation("items", "surveys.item.textRequired", item.code());
		}
		if (item.kind() == ItemKind.LIKERT
				&& (item.scalePoints() == null || (item.scalePoints() != 4 && item.scalePoints() != 5))) {
			throw new SurveyRuleViolation("items", "surveys.item.scaleInvalid", item.code());
		}
		if (item.kind() == ItemKind.CHOICE) {
			if (item.choices().size() < 2 || item.choices().size() > 20) {
				throw new SurveyRuleViolation("items", "surveys.item.choicesInvalid", item.code());
			}
			for (var choice : item.choices()) {
				if (choice.code() == null || !CODE.matcher(choice.code()).matches() || choice.code().length() > 40
						|| blank(choice.labelEn()) || blank(choice.labelEs()) || choice.labelEn().length() > 300
						|| choice.labelEs().length() > 300) {
					throw new SurveyRuleViolation("items", "surveys.item.choicesInvalid", item.code());
				}
			}
			if (item.choices().stream().map(Item.Choice::code).distinct().count() != item.choices().size()) {
				throw new SurveyRuleViolation("items", "surveys.item.choicesInvalid", item.code());
			}
		}
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

	private List<Item> load(String where, Object[] args) {
		var choices = new LinkedHashMap<String, List<Item.Choice>>();
		jdbc.query("select item_code, code, label_en, label_es from survey_item_choice order by item_code, position",
				rs -> {
					choices.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
						.add(new Item.Choice(rs.getString(2), rs.getString(3), rs.getString(4)));
				});
		return jdbc.query("select i.code, i.kind, i.scale_points, i.allow_na, i.text_en, i.text_es from survey_item i"
				+ where + " order by i.code", (rs, n) -> {
					var code = rs.getString(1);
					var points = rs.getObject(3) == null ? null : rs.getInt(3);
					return new Item(code, ItemKind.valueOf(rs.getString(2)), points, rs.getBoolean(4), rs.getString(5),
							rs.getString(6), List.copyOf(choices.getOrDefault(code, List.of())));
				}, args);
	}

	Map<String, Item> byCode() {
		var map = new LinkedHashMap<String, Item>();
		all().forEach(item -> map.put(item.code(), item));
		return map;
	}

}
