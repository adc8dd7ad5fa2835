package app.accord.directory.leas;

/**
 * The directory's search form as typed: every value is text, so a mistyped address is
 * answered with a notice instead of an error page.
 */
record SearchForm(String q, String county, String region, String type, String page, String sort) {

	static final int MAX_QUERY = 100;

}
