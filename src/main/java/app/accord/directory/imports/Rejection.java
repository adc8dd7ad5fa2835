package app.accord.directory.imports;

import java.util.List;

/**
 * A row of an uploaded file that cannot be imported, and why (a message key and its
 * arguments, so the reason reads in the user's language).
 */
public record Rejection(int line, String cdsCode, String reasonKey, List<Object> reasonArgs) {

	Rejection(int line, String cdsCode, String reasonKey, Object... args) {
		this(line, cdsCode, reasonKey, List.of(args));
	}

	public Object[] args() {
		return this.reasonArgs.toArray();
	}

}
