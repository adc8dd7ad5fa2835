package app.accord.surveys.internal;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;

/**
 * Imports responses collected elsewhere: a CSV with item codes as columns (plus
 * {@code lea} when the administration has several LEAs, and optionally {@code site}), one
 * response per row, values as the API takes them. Rows are checked like answers from the
 * form and stored as they are read; if any row is wrong nothing is kept and every wrong
 * row is reported (the first {@link #MAX_ERRORS} in full). Imported responses are dated
 * with the administration's closing day.
 */
@Service
class ResponseImport {

	static final int MAX_ERRORS = 200;

	record RowError(long row, String column, String messageKey, String value) {
	}

	record Result(long imported, long wrongRows, List<RowError> errors) {

		boolean ok() {
			return wrongRows == 0 && errors.isEmpty();
		}

	}

	private final Responses responses;

	private final Administrations administrations;

	private final Instruments instruments;

	ResponseImport(Responses responses, Administrations administrations, Instruments instruments) {
		this.responses = responses;
		this.administrations = administrations;
		this.instruments = instruments;
	}

	@PreAuthorize("@surveyPolicy.isStaff(principal)")
	@Transactional
	public Result importCsv(long administrationId, InputStream csv) {
		var administration = administrations.require(administrationId);
		var instrument = instruments.require(administration.instrumentId());
		var reader = new CsvReader(new BufferedReader(new InputStreamReader(csv, StandardCharsets.UTF_8)));
		var header = reader.next();
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
		List<String> cells;
		while ((cells = reader.next()) != null) {
			row++;
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
					responses.store(target, checked, administration.closesOn());
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
		if (wrong > 0) {
			TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
			return new Result(0, wrong, errors);
		}
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
