package app.accord.library.internal;

/**
 * A file as the library keeps it: generated key, checked type, the uploader's name for
 * downloads.
 */
record StoredFile(String key, String originalName, FileType type, long size) {
}
