package app.accord.directory;

import java.util.Arrays;
import java.util.Optional;

/** What a partner organization is to the initiative. */
public enum OrganizationKind {

	STATE_PARTNER, UNION, ASSOCIATION, CONSULTING_PARTNER, FUNDER, OTHER;

	public String messageKey() {
		return "directory.organization.kind." + name();
	}

	/**
	 * The kind named by its constant in any case, with spaces or hyphens for underscores.
	 */
	public static Optional<OrganizationKind> parse(String value) {
		if (value == null || value.isBlank()) {
			return Optional.empty();
		}
		var wanted = value.trim().replace('-', '_').replace(' ', '_');
		return Arrays.stream(values()).filter(kind -> kind.name().equalsIgnoreCase(wanted)).findFirst();
	}

}
