package app.accord.directory;

/**
 * What other modules know about a partner organization; they refer to it by id.
 *
 * @param shortName the acronym people use (e.g. CTA), {@code null} when there is none
 */
public record OrganizationSummary(long id, String name, String shortName, OrganizationKind kind, String website) {

	/** "California Teachers Association (CTA)", or the name alone. */
	public String displayName() {
		return shortName == null ? name : name + " (" + shortName + ")";
	}

}
