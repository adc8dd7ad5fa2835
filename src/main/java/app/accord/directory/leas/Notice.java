package app.accord.directory.leas;

/**
 * Something the page ignored or corrected in the request, said in the user's language.
 */
public record Notice(String key, String value) {

}
