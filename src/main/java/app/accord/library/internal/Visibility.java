package app.accord.library.internal;

/** Who may find and open a resource. */
enum Visibility {

	PUBLIC, MEMBERS;

	public String messageKey() {
		return "library.visibility." + name();
	}

}
