package app.accord.outreach.staff;

/**
 * An attachment of an outbox message, without its content.
 */
public record AttachmentInfo(long id, String filename, String contentType, long size) {

}
