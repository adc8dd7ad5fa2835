package app.accord.surveys.instruments;

import app.accord.surveys.rules.SurveyRuleViolation;

import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;

import app.accord.shared.NotFoundException;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds instruments from bank items (adding new items to the bank) and reads them back.
 */
@Service
public class Instruments {

	/**
	 * A question of a new instrument: a bank item by code, or a new item for the bank.
	 */
	public record QuestionDraft(String itemCode, boolean required, Item newItem) {
	}

	public record SectionDraft(String titleEn, String titleEs, List<QuestionDraft> questions) {
	}

	public record InstrumentDraft(String titleEn, String titleEs, String groupItemCode, List<SectionDraft> sections) {
	}

	private final JdbcTemplate jdbc;

	private final ItemBank bank;

	private final Clock clock;

	Instruments(JdbcTemplate jdbc, ItemBank bank, Clock clock) {
		this.jdbc = jdbc;
		this.bank = bank;
		this.clock = clock;
	}

	@PreAuthorize("@surveyPolicy.isStaff(principal)")
	@Transactional
	public long create(InstrumentDraft draft) {
		if (blank(draft.titleEn()) || blank(draft.titleEs()) || draft.titleEn().length() > 300
				|| draft.titleEs().length() > 300) {
			throw new SurveyRuleViolation("title", "surveys.instrument.titleRequired");
		}
		if (draft.sections() == null || draft.sections().isEmpty()
				|| draft.sections().stream().anyMatch(s -> s.questions() == null || s.questions().isEmpty())) {
			throw new SurveyRuleViolation("sections", "surveys.instrument.sectionsRequired");
		}
		var seen = new HashSet<String>();
		var resolved = new ArrayList<List<Instrument.Question>>();
		for (var section : draft.sections()) {
			if (blank(section.titleEn()) || blank(section.titleEs()) || section.titleEn().length() > 300
					|| section.titleEs().length() > 300) {
				throw new SurveyRuleViolation("sections", "surveys.instrument.sectionTitleRequired");
			}
			var questions = new ArrayList<Instrument.Question>();
			for (var question : section.questions()) {
				var item = question.newItem() != null ? bank.add(question.newItem())
						: bank.find(question.itemCode())
							.orElseThrow(() -> new SurveyRuleViolation("items", "surveys.item.unknown",
									String.valueOf(question.itemCode())));
				if (!seen.add(item.code())) {
					throw new SurveyRuleViolation("items", "surveys.instrument.itemTwice", item.code());
				}
				questions.add(new Instrument.Question(item, question.required()));
			}
			resolved.add(questions);
		}
		if (draft.groupItemCode() != null && !draft.groupItemCode().isBlank()) {
			var group = resolved.stream()
				.flatMap(List::stream)
				.filter(q -> q.item().code().equals(draft.groupItemCode()))
				.findFirst()
				.orElseThrow(() -> new SurveyRuleViolation("groupItem", "surveys.instrument.groupItemInvalid",
						draft.groupItemCode()));
			if (group.item().kind() != ItemKind.CHOICE) {
				throw new SurveyRuleViolation("groupItem", "surveys.instrument.groupItemInvalid",
						draft.groupItemCode());
			}
		}
		var groupItem = draft.groupItemCode() == null || draft.groupItemCode().isBlank() ? null : draft.groupItemCode();
		var id = insert(
				"insert into survey_instrument (title_en, title_es, group_item_code, created_at) values (?, ?, ?, ?)",
				draft.titleEn().strip(), draft.titleEs().strip(), groupItem, OffsetDateTime.now(clock));
		for (var s = 0; s < resolved.size(); s++) {
			var section = draft.sections().get(s);
			var sectionId = insert(
					"insert into survey_section (instrument_id, position, title_en, title_es) values (?, ?, ?, ?)", id,
					s + 1, section.titleEn().strip(), section.titleEs().strip());
			var position = 1;
			for (var question : resolved.get(s)) {
				jdbc.update(
						"insert into survey_instrument_item (instrument_id, section_id, position, item_code, required) values (?, ?, ?, ?, ?)",
						id, sectionId, position++, question.item().code(), question.required());
			}
		}
		return id;
	}

	/**
	 * An instrument as staff read it over the API (respondents see it through a link).
	 */
	@PreAuthorize("@surveyPolicy.isStaff(principal)")
	@Transactional(readOnly = true)
	public Instrument read(long id) {
		return require(id);
	}

	@Transactional(readOnly = true)
	public Instrument require(long id) {
		return find(id).orElseThrow(() -> new NotFoundException("No instrument " + id + "."));
	}

	@Transactional(readOnly = true)
	public Optional<Instrument> find(long id) {
		var heads = jdbc.query("select id, title_en, title_es, group_item_code from survey_instrument where id = ?",
				(rs, n) -> new Object[] { rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4) }, id);
		if (heads.isEmpty()) {
			return Optional.empty();
		}
		var head = heads.get(0);
		var items = bank.byCode();
		var sections = new LinkedHashMap<Long, Instrument.Section>();
		jdbc.query("select id, title_en, title_es from survey_section where instrument_id = ? order by position",
				rs -> {
					sections.put(rs.getLong(1),
							new Instrument.Section(rs.getString(2), rs.getString(3), new ArrayList<>()));
				}, id);
		jdbc.query(
				"select section_id, item_code, required from survey_instrument_item where instrument_id = ? order by position",
				rs -> {
					sections.get(rs.getLong(1))
						.questions()
						.add(new Instrument.Question(items.get(rs.getString(2)), rs.getBoolean(3)));
				}, id);
		return Optional.of(new Instrument((Long) head[0], (String) head[1], (String) head[2], (String) head[3],
				sections.values()
					.stream()
					.map(s -> new Instrument.Section(s.titleEn(), s.titleEs(), List.copyOf(s.questions())))
					.toList()));
	}

	public record InstrumentRow(long id, String titleEn, String titleEs, int items) {
	}

	@PreAuthorize("@surveyPolicy.isStaff(principal)")
	@Transactional(readOnly = true)
	public List<InstrumentRow> list() {
		return jdbc.query(
				"""
						select i.id, i.title_en, i.title_es, (select count(*) from survey_instrument_item x where x.instrument_id = i.id)
						from survey_instrument i order by i.id""",
				(rs, n) -> new InstrumentRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4)));
	}

	private long insert(String sql, Object... args) {
		var keys = new GeneratedKeyHolder();
		jdbc.update(connection -> {
			PreparedStatement statement = connection.prepareStatement(sql, new String[] { "id" });
			for (var i = 0; i < args.length; i++) {
				statement.setObject(i + 1, args[i]);
			}
			return statement;
		}, keys);
		return keys.getKey().longValue();
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

}
