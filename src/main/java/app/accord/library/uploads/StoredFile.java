package app.accord.library.uploads;

/**
 * A file as the library keeps it: generated key, checked type, the uploader's name for
 * downloads.
 */
public record StoredFile(String key, String originalName, FileType type, long size) {
}
