package app.accord.library.catalog;

/** What a resource is; shown and filtered by it. */
public enum ResourceKind {

	GUIDEBOOK, RESEARCH, TOOL, TEMPLATE, CASE_STUDY, NEWSLETTER, PRESENTATION, VIDEO, LINK;

	public String messageKey() {
		return "library.kind." + name();
	}

}
