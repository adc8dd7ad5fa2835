package app.accord.library.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Files in a local directory, named by random UUIDs: a path is never built from anything
 * a user typed, and a key that is not a UUID is refused before touching the disk.
 */
class LocalFileStore implements FileStore {

	private static final Pattern KEY = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

	private final Path directory;

	LocalFileStore(Path directory) {
		this.directory = directory;
	}

	@Override
	public String put(InputStream content) throws IOException {
		Files.createDirectories(directory);
		var key = UUID.randomUUID().toString();
		var temporary = directory.resolve(key + ".part");
		try {
			Files.copy(content, temporary, StandardCopyOption.REPLACE_EXISTING);
			Files.move(temporary, path(key), StandardCopyOption.ATOMIC_MOVE);
		}
		finally {
			Files.deleteIfExists(temporary);
		}
		return key;
	}

	@Override
	public InputStream open(String key) throws IOException {
		return Files.newInputStream(path(key));
	}

	@Override
	public void delete(String key) throws IOException {
		Files.deleteIfExists(path(key));
	}

	private Path path(String key) {
		if (key == null || !KEY.matcher(key).matches()) {
			throw new IllegalArgumentException("Not a file key: " + key);
		}
		return directory.resolve(key);
	}

}
