package app.accord.library.internal;

import java.io.IOException;
import java.io.InputStream;

/**
 * Where uploaded files are kept, by a key the store generates. The local directory is the
 * default; an S3-compatible bucket is the scale-out option (see the README).
 */
interface FileStore {

	/** Keeps the content under a new key and returns it. */
	String put(InputStream content) throws IOException;

	InputStream open(String key) throws IOException;

	void delete(String key) throws IOException;

}
