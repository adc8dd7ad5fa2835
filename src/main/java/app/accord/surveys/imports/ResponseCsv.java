package app.accord.surveys.imports;

import app.accord.shared.Csv;
import app.accord.surveys.administrations.Administration;
import app.accord.surveys.administrations.Administrations;
import app.accord.surveys.answers.PendingResponse;
import app.accord.surveys.answers.ResponseRows;
import app.accord.surveys.answers.SurveyCounts;
import app.accord.surveys.imports.ResponseImport.Result;
import app.accord.surveys.imports.ResponseImport.RowError;
import app.accord.surveys.instruments.Instruments;
import app.accord.surveys.responding.InvalidAnswers;
import app.accord.surveys.responding.Responses;
import app.accord.surveys.responding.Submission;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.function.LongConsumer;

import org.springframework.stereotype.Component;

/**
 * One response CSV read, checked and stored: item codes as columns (plus {@code lea} when
 * the administration has several LEAs, and optionally {@code site}), one response per
 * row, values as the API takes them. Rows are checked like answers from the form and
 * stored as they are read, {@value #BATCH} at a time with multi-row statements; every
 * wrong row is reported (the first {@link #MAX_ERRORS} in full). Imported responses are
 * dated with the administration's closing day.
 */
@Component
class ResponseCsv {

	static final int MAX_ERRORS = 200;

	static final int BATCH = 1000;

	private final Responses responses;

	private final ResponseRows rows;

	private final Administrations administrations;

	private final Instruments instruments;

	private final SurveyCounts counts;

	ResponseCsv(Responses responses, ResponseRows rows, Administrations administrations, Instruments instruments,
			SurveyCounts counts) {
		this.responses = responses;
		this.rows = rows;
		this.administrations = administrations;
		this.instruments = instruments;
		this.counts = counts;
	}

	/**
	 * Reads, checks and stores the rows; the caller's transaction must be rolled back
	 * unless the result is {@link Result#ok()}.
	 */
	Result read(long administrationId, InputStream csv, LongConsumer progress) {
		var administration = administrations.require(administrationId);
		var instrument = instruments.require(administration.instrumentId());
		var reader = new Csv(new BufferedReader(new InputStreamReader(csv, StandardCharsets.UTF_8), 1 << 16), ',',
				true);
		var first = reader.next();
		var header = first == null ? null : first.cells();
		var errors = new ArrayList<RowError>();
		if (header == null) {
			errors.add(new RowError(1, null, "surveys.import.empty", null));
			return new Result(0, 0, errors);
		}
		var leaColumn = -1;
		var siteColumn = -1;
		var codes = new String[header.size()];
		for (var i = 0; i < header.size(); i++) {
			var name = header.get(i).strip();
			if (name.equalsIgnoreCase("lea")) {
				leaColumn = i;
			}
			else if (name.equalsIgnoreCase("site")) {
				siteColumn = i;
			}
			else if (instrument.question(name).isPresent()) {
				codes[i] = name;
			}
			else {
				errors.add(new RowError(1, name, "surveys.import.columnUnknown", name));
			}
		}
		if (leaColumn < 0 && administration.leas().size() > 1) {
			errors.add(new RowError(1, "lea", "surveys.import.leaColumnRequired", null));
		}
		if (!errors.isEmpty()) {
			return new Result(0, 0, errors);
		}
		var targets = new HashMap<String, Responses.Target>();
		for (var lea : administration.leas()) {
			targets.put(lea.cdsCode(), new Responses.Target(administration, instrument, lea, null));
		}
		var single = administration.leas().size() == 1 ? administration.leas().get(0).cdsCode() : null;
		long row = 1;
		long imported = 0;
		long wrong = 0;
		var pending = new ArrayList<PendingResponse>();
		var tally = new SurveyCounts.Tally();
		Csv.Row record;
		while ((record = reader.next()) != null) {
			var cells = record.cells();
			row++;
			if (row % (BATCH * 10) == 0) {
				progress.accept(row - 1);
			}
			if (cells.stream().allMatch(String::isBlank)) {
				continue;
			}
			var lea = leaColumn >= 0 && leaColumn < cells.size() && !cells.get(leaColumn).isBlank()
					? cells.get(leaColumn).strip() : single;
			var target = lea == null ? null : targets.get(lea);
			if (target == null) {
				wrong++;
				add(errors, new RowError(row, "lea", "surveys.import.leaUnknown", lea));
				continue;
			}
			var answers = new HashMap<String, String>();
			for (var i = 0; i < codes.length && i < cells.size(); i++) {
				if (codes[i] != null && !cells.get(i).isBlank()) {
					answers.put(codes[i], cells.get(i));
				}
			}
			String site = null;
			if (siteColumn >= 0 && siteColumn < cells.size() && !cells.get(siteColumn).isBlank()) {
				var given = cells.get(siteColumn).strip();
				site = target.lea()
					.sites()
					.stream()
					.filter(s -> s.code().equalsIgnoreCase(given) || s.name().equalsIgnoreCase(given))
					.map(Administration.Site::code)
					.findFirst()
					.orElse(given);
			}
			try {
				var checked = responses.validate(target, new Submission(null, answers, site, null));
				if (wrong == 0) {
					pending.add(new PendingResponse(administrationId, lea, checked));
					if (pending.size() == BATCH) {
						rows.storeAll(pending, administration.closesOn(), tally);
						pending.clear();
					}
				}
				imported++;
			}
			catch (InvalidAnswers ex) {
				wrong++;
				for (var error : ex.errors().entrySet()) {
					add(errors,
							new RowError(row, error.getKey(), error.getValue(), shorten(answers.get(error.getKey()))));
				}
			}
		}
		progress.accept(row - 1);
		if (wrong > 0) {
			return new Result(0, wrong, errors);
		}
		rows.storeAll(pending, administration.closesOn(), tally);
		counts.add(tally);
		return new Result(imported, 0, errors);
	}

	private static void add(List<RowError> errors, RowError error) {
		if (errors.size() < MAX_ERRORS) {
			errors.add(error);
		}
	}

	private static String shorten(String value) {
		return value == null || value.length() <= 60 ? value : value.substring(0, 60) + "…";
	}

}
