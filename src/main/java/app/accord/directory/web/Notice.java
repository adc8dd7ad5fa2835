package app.accord.directory.web;

/**
 * Something the page ignored or corrected in the request, said in the user's language.
 */
record Notice(String key, String value) {

}
