package app.accord.directory;

/**
 * A link another module adds to an LEA's directory page.
 *
 * @param messageKey the link's text
 * @param href where it goes, within the site
 */
public record LeaPageLink(String messageKey, String href) {
}
