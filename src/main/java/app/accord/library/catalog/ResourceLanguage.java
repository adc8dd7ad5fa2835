package app.accord.library.catalog;

import java.util.Optional;

/** The languages resources are written in; each has its own analysis for search. */
public enum ResourceLanguage {

	EN("en"), ES("es");

	private final String code;

	ResourceLanguage(String code) {
		this.code = code;
	}

	public String code() {
		return code;
	}

	public String messageKey() {
		return "library.language." + code;
	}

	public static Optional<ResourceLanguage> ofCode(String code) {
		for (var language : values()) {
			if (language.code.equalsIgnoreCase(code)) {
				return Optional.of(language);
			}
		}
		return Optional.empty();
	}

}
