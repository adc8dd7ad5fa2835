package app.accord.outreach.staff;

/**
 * An attachment to download.
 */
public record AttachmentFile(String filename, String contentType, byte[] content) {

}
