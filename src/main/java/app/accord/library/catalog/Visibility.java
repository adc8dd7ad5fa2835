package app.accord.library.catalog;

/** Who may find and open a resource. */
public enum Visibility {

	PUBLIC, MEMBERS;

	public String messageKey() {
		return "library.visibility." + name();
	}

}
