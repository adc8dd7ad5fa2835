package app.accord.library.internal;

/**
 * Where a resource is in search indexing: its metadata is searchable at once, the text of
 * its file once extracted.
 */
enum IndexState {

	PENDING, INDEXED, FAILED;

	public String messageKey() {
		return "library.state." + name();
	}

}
