package app.accord.surveys.responding;

import app.accord.surveys.administrations.Administration;
import app.accord.surveys.administrations.Administrations;
import app.accord.surveys.instruments.Instrument;
import app.accord.surveys.instruments.Instruments;
import app.accord.surveys.instruments.Item;
import app.accord.surveys.instruments.ItemKind;
import app.accord.surveys.reports.Breakdown;
import app.accord.surveys.reports.Report;
import app.accord.surveys.reports.SurveyReports;
import app.accord.surveys.rules.SurveyRuleViolation;

import java.net.URI;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import app.accord.shared.validation.SensibleDate;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The surveys JSON API. Instruments, administrations and links are for staff; reports
 * follow the same policy as the pages; submitting a response needs no token, only the
 * survey link's or invitation's token in the body.
 */
@RestController
@RequestMapping("/api/v1/surveys")
@Tag(name = "Surveys", description = "Anonymous staff surveys: instruments, administrations, responses, reports")
class SurveysApiController {

	private final Instruments instruments;

	private final Administrations administrations;

	private final Responses responses;

	private final SurveyReports reports;

	private final MessageSource messages;

	private final String baseUrl;

	SurveysApiController(Instruments instruments, Administrations administrations, Responses responses,
			SurveyReports reports, MessageSource messages, @Value("${accord.base-url}") String baseUrl) {
		this.instruments = instruments;
		this.administrations = administrations;
		this.responses = responses;
		this.reports = reports;
		this.messages = messages;
		this.baseUrl = baseUrl;
	}

	record ChoiceJson(String code, String labelEn, String labelEs) {
	}

	/**
	 * A question: a bank item by code alone, or a new item with its definition (kind
	 * LIKERT, CHOICE or TEXT).
	 */
	record QuestionJson(@NotBlank @Size(max = 60) String code, Boolean required,
			@Schema(implementation = ItemKind.class) String kind, Integer scalePoints, Boolean allowNa, String textEn,
			String textEs, List<ChoiceJson> choices) {
	}

	record SectionJson(String titleEn, String titleEs,
			@NotNull @Size(min = 1, max = 200) List<@Valid @NotNull QuestionJson> items) {
	}

	record NewInstrument(@NotBlank @Size(max = 300) String titleEn, @NotBlank @Size(max = 300) String titleEs,
			String groupItem, @NotNull @Size(min = 1, max = 50) List<@Valid @NotNull SectionJson> sections) {
	}

	record LeaJson(@NotBlank String cdsCode, @NotNull Integer headcount, List<String> sites) {
	}

	record NewAdministration(@NotNull Long instrumentId, @NotBlank @Size(max = 300) String title,
			@NotNull @SensibleDate LocalDate opensOn, @NotNull @SensibleDate LocalDate closesOn, Long networkId,
			@NotNull @Size(min = 1, max = 2000) List<@Valid @NotNull LeaJson> leas) {
	}

	record NewResponse(@NotBlank @Size(max = 64) String token, Map<String, Object> answers, String site,
			@Size(max = 64) String submissionId) {
	}

	record Created(long id) {
	}

	record Stored(boolean stored, boolean duplicate) {
	}

	record LinkJson(String cdsCode, String leaName, int headcount, String url, List<String> sites) {
	}

	record CellJson(String group, Long n, Integer agreePercent, List<Long> distribution, Long notApplicable,
			boolean suppressed) {

		static CellJson of(Report.Cell cell) {
			return new CellJson(cell.key(), cell.n(), cell.agreePercent(), cell.distribution(), cell.notApplicable(),
					cell.suppressed());
		}

	}

	record ItemJson(String code, String text, String kind, Long n, Integer agreePercent, List<Long> distribution,
			Long notApplicable, boolean suppressed, List<CellJson> groups, Map<String, Long> choices,
			List<String> comments) {
	}

	record GroupJson(String group, String label, Long n, boolean suppressed) {
	}

	record ReportJson(long administrationId, String lea, long responseCount, long headcount, Integer responseRate,
			boolean headcountWarning, boolean suppressed, int reportingMinimum, String group, List<GroupJson> groups,
			List<ItemJson> items) {
	}

	record InstrumentListJson(long id, String titleEn, String titleEs, int items) {
	}

	record PointJson(int value, String labelEn, String labelEs) {
	}

	/**
	 * @param scale LIKERT: the answers 1..scalePoints with their labels
	 * @param notApplicable LIKERT with allowNa: the "don't know" answer (0)
	 * @param choices CHOICE: the options, answered by code
	 * @param maxLength TEXT: longest answer kept, in characters
	 */
	record ItemDefinitionJson(String code, ItemKind kind, boolean required, String textEn, String textEs,
			Integer scalePoints, Boolean allowNa, List<PointJson> scale, PointJson notApplicable,
			List<ChoiceJson> choices, Integer maxLength) {
	}

	record SectionDefinitionJson(String titleEn, String titleEs, List<ItemDefinitionJson> items) {
	}

	record InstrumentJson(long id, String titleEn, String titleEs, String groupItem,
			List<SectionDefinitionJson> sections) {
	}

	@GetMapping("/instruments")
	@SecurityRequirement(name = "bearer")
	@Operation(summary = "Instruments, oldest first (staff)")
	List<InstrumentListJson> instruments() {
		return instruments.list()
			.stream()
			.map(row -> new InstrumentListJson(row.id(), row.titleEn(), row.titleEs(), row.items()))
			.toList();
	}

	@GetMapping("/instruments/{id}")
	@SecurityRequirement(name = "bearer")
	@Operation(summary = "An instrument with its sections and items, as a respondent sees it (staff)",
			description = "Everything a client needs to submit responses: each item's code, kind, required flag "
					+ "and wording in English and Spanish; Likert items with the value and labels of every scale "
					+ "point (and 0 for don't know where allowed), choice items with their option codes, text "
					+ "items with their longest answer.")
	InstrumentJson instrument(@PathVariable long id) {
		var instrument = instruments.read(id);
		return new InstrumentJson(instrument.id(), instrument.titleEn(), instrument.titleEs(),
				instrument.groupItemCode(),
				instrument.sections()
					.stream()
					.map(section -> new SectionDefinitionJson(section.titleEn(), section.titleEs(),
							section.questions().stream().map(this::definition).toList()))
					.toList());
	}

	private ItemDefinitionJson definition(Instrument.Question question) {
		var item = question.item();
		return switch (item.kind()) {
			case LIKERT -> new ItemDefinitionJson(item.code(), item.kind(), question.required(), item.textEn(),
					item.textEs(), item.scalePoints(), item.allowNa(),
					java.util.stream.IntStream.rangeClosed(1, item.scalePoints())
						.mapToObj(value -> point(value, "surveys.likert" + item.scalePoints() + "." + value))
						.toList(),
					item.allowNa() ? point(Item.NOT_APPLICABLE, "surveys.likert.na") : null, null, null);
			case CHOICE -> new ItemDefinitionJson(item.code(), item.kind(), question.required(), item.textEn(),
					item.textEs(), null, null, null, null,
					item.choices().stream().map(c -> new ChoiceJson(c.code(), c.labelEn(), c.labelEs())).toList(),
					null);
			case TEXT -> new ItemDefinitionJson(item.code(), item.kind(), question.required(), item.textEn(),
					item.textEs(), null, null, null, null, null, Item.MAX_TEXT);
		};
	}

	private PointJson point(int value, String key) {
		return new PointJson(value, messages.getMessage(key, null, Locale.ENGLISH),
				messages.getMessage(key, null, Locale.forLanguageTag("es")));
	}

	@PostMapping("/instruments")
	@SecurityRequirement(name = "bearer")
	@Operation(summary = "Create an instrument from bank items and new items (staff)",
			description = "An item given by code alone is taken from the bank; one with a definition is added to "
					+ "the bank (its code must be new, or name the very same item).")
	ResponseEntity<Created> createInstrument(@Valid @RequestBody NewInstrument body) {
		var sections = body.sections()
			.stream()
			.map(section -> new Instruments.SectionDraft(section.titleEn(), section.titleEs(),
					section.items().stream().map(SurveysApiController::question).toList()))
			.toList();
		var id = instruments
			.create(new Instruments.InstrumentDraft(body.titleEn(), body.titleEs(), body.groupItem(), sections));
		return ResponseEntity.created(URI.create("/api/v1/surveys/instruments/" + id)).body(new Created(id));
	}

	private static Instruments.QuestionDraft question(QuestionJson q) {
		if (q.kind() == null || q.kind().isBlank()) {
			return new Instruments.QuestionDraft(q.code(), Boolean.TRUE.equals(q.required()), null);
		}
		ItemKind kind;
		try {
			kind = ItemKind.valueOf(q.kind().strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new SurveyRuleViolation("items", "surveys.item.kindInvalid", q.code());
		}
		var choices = q.choices() == null ? List.<Item.Choice>of()
				: q.choices().stream().map(c -> new Item.Choice(c.code(), c.labelEn(), c.labelEs())).toList();
		var item = new Item(q.code(), kind, kind == ItemKind.LIKERT ? q.scalePoints() : null,
				kind == ItemKind.LIKERT && Boolean.TRUE.equals(q.allowNa()), q.textEn(), q.textEs(),
				kind == ItemKind.CHOICE ? choices : List.of());
		return new Instruments.QuestionDraft(q.code(), Boolean.TRUE.equals(q.required()), item);
	}

	@PostMapping("/administrations")
	@SecurityRequirement(name = "bearer")
	@Operation(summary = "Field an instrument to LEAs, each with its staff head-count (staff)",
			description = "With networkId, fielded to a regional network: leas must list exactly the network's "
					+ "members on the opening day, each with its head-count (400 names the missing or extra ones).")
	ResponseEntity<Created> createAdministration(@Valid @RequestBody NewAdministration body) {
		var id = administrations.create(new Administrations.AdministrationDraft(body.instrumentId(), body.title(),
				body.opensOn(), body.closesOn(), body.networkId(),
				body.leas()
					.stream()
					.map(l -> new Administrations.LeaDraft(l.cdsCode(), l.headcount(), l.sites()))
					.toList()));
		return ResponseEntity.created(URI.create("/api/v1/surveys/administrations/" + id)).body(new Created(id));
	}

	@GetMapping("/administrations/{id}/links")
	@SecurityRequirement(name = "bearer")
	@Operation(summary = "Each LEA's anonymous survey link (staff)")
	List<LinkJson> links(@PathVariable long id) {
		return administrations.links(id)
			.stream()
			.map(l -> new LinkJson(l.cdsCode(), l.name(), l.headcount(), baseUrl + "/s/" + l.linkToken(),
					l.sites().stream().map(Administration.Site::code).toList()))
			.toList();
	}

	@PostMapping("/responses")
	@Operation(summary = "Submit an anonymous response (no API token)",
			description = "token: the last part of an LEA's survey link, or of an invitation link. answers: "
					+ "{itemCode: value}; Likert values 1..points, 0 for don't know where offered; single choice by "
					+ "option code; open text up to 2,000 characters. The same submissionId stores once.")
	ResponseEntity<Stored> respond(@Valid @RequestBody NewResponse body) {
		var answers = new LinkedHashMap<String, String>();
		if (body.answers() != null) {
			body.answers().forEach((code, value) -> answers.put(code, text(value)));
		}
		var outcome = responses.submit(new Submission(body.token(), answers, body.site(), body.submissionId()));
		return outcome == Outcome.STORED ? ResponseEntity.status(HttpStatus.CREATED).body(new Stored(true, false))
				: ResponseEntity.ok(new Stored(false, true));
	}

	/** Numbers and strings as typed; anything else can never be a valid answer. */
	private static String text(Object value) {
		if (value == null) {
			return null;
		}
		if (value instanceof Integer || value instanceof Long || value instanceof String) {
			return value.toString();
		}
		return "\u0000";
	}

	@GetMapping("/administrations/{id}/report")
	@SecurityRequirement(name = "bearer")
	@Operation(summary = "Item report of an administration, all LEAs (staff) or one (staff or its co-leads)",
			description = "group: role or site. Figures of groups under the reporting minimum, and of the "
					+ "next smallest groups while the hidden ones add up to fewer than it, are null with suppressed "
					+ "true; so is one LEA's whole report (or an item of it) when the whole administration minus the "
					+ "LEAs shown would otherwise reveal a smaller LEA.")
	ReportJson report(@PathVariable long id, @RequestParam(required = false) String lea,
			@RequestParam(required = false) String group, Locale locale) {
		var breakdown = Breakdown.parse(group)
			.orElseThrow(() -> new SurveyRuleViolation("group", "surveys.api.groupInvalid"));
		var report = reports.administration(id, lea == null || lea.isBlank() ? null : lea.strip(), breakdown, locale);
		var items = report.items().stream().map(item -> {
			var total = item.total();
			Map<String, Long> choices = null;
			if (item.kind() == ItemKind.CHOICE) {
				choices = new LinkedHashMap<>();
				for (var choice : item.choices()) {
					choices.put(choice.code(), choice.count());
				}
			}
			return new ItemJson(item.code(), item.text(), item.kind().name(), total.n(), total.agreePercent(),
					total.distribution(), total.notApplicable(), total.suppressed(),
					item.groups().stream().map(CellJson::of).toList(), choices,
					item.kind() == ItemKind.TEXT ? item.comments() : null);
		}).toList();
		return new ReportJson(id, report.leaCdsCode(), report.responses(), report.headcount(),
				report.responseRatePercent(), report.headcountWarning(), report.suppressed(), report.minimum(),
				report.breakdown().slug(),
				report.groups().stream().map(g -> new GroupJson(g.key(), g.label(), g.n(), g.suppressed())).toList(),
				items);
	}

	@ExceptionHandler(InvalidAnswers.class)
	ProblemDetail invalidAnswers(InvalidAnswers ex, Locale locale) {
		var errors = ex.errors()
			.entrySet()
			.stream()
			.map(e -> Map.of("item", e.getKey(), "message", messages.getMessage(e.getValue(), null, locale)))
			.toList();
		var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"Invalid answers: " + String.join(", ", ex.errors().keySet().stream().sorted().toList()) + ".");
		problem.setProperty("errors", errors);
		return problem;
	}

}
