package app.accord.library.internal;

/** What a resource is; shown and filtered by it. */
enum ResourceKind {

	GUIDEBOOK, RESEARCH, TOOL, TEMPLATE, CASE_STUDY, NEWSLETTER, PRESENTATION, VIDEO, LINK;

	public String messageKey() {
		return "library.kind." + name();
	}

}
