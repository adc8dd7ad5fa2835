package app.accord.outreach.internal;

/**
 * An attachment to download.
 */
public record AttachmentFile(String filename, String contentType, byte[] content) {

}
