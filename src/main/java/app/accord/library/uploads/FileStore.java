package app.accord.library.uploads;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Where uploaded files are kept, by a key the store generates (a random UUID, never
 * anything a user typed). The local directory is the default ({@link LocalFileStore}); an
 * S3-compatible bucket is the scale-out option ({@link S3FileStore}), chosen with
 * {@code accord.library.storage}.
 */
public interface FileStore {

	/**
	 * Keeps the content of the file (a checked upload spooled to a temporary file, so its
	 * length is known and it is streamed, never read into memory) under a new key and
	 * returns the key.
	 */
	String put(Path file) throws IOException;

	/**
	 * The content of a stored file, streamed; a missing file is a
	 * {@link java.nio.file.NoSuchFileException}.
	 */
	InputStream open(String key) throws IOException;

	/** Removes the file; removing a missing file is not an error. */
	void delete(String key) throws IOException;

	Pattern KEY = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

	static String newKey() {
		return UUID.randomUUID().toString();
	}

	/** A key that is not one the store generated is refused before any I/O. */
	static String requireKey(String key) {
		if (key == null || !KEY.matcher(key).matches()) {
			throw new IllegalArgumentException("Not a file key: " + key);
		}
		return key;
	}

}
