package app.accord.library.search;

/**
 * Where a resource is in search indexing: its metadata is searchable at once, the text of
 * its file once extracted.
 */
public enum IndexState {

	PENDING, INDEXED, FAILED;

	public String messageKey() {
		return "library.state." + name();
	}

}
