package app.accord.surveys.reports;

import java.util.Map;

/**
 * Figures of a wider scope for the same items, shown beside a report's own: the network
 * (for one LEA of an administration fielded to a network) and the state. A cell is null
 * where the scope did not ask the item, or where showing it would let a reader work out
 * the others' answers by subtraction.
 */
record Comparison(Scope scope, String label, long responses, Map<String, Report.Cell> items) {

	enum Scope {

		NETWORK, STATE

	}

	public Report.Cell item(String code) {
		return items.get(code);
	}

}
