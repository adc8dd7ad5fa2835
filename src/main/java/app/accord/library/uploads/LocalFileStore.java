package app.accord.library.uploads;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Files in a local directory, named by random UUIDs: a path is never built from anything
 * a user typed, and a key that is not a UUID is refused before touching the disk.
 */
public class LocalFileStore implements FileStore {

	private final Path directory;

	public LocalFileStore(Path directory) {
		this.directory = directory;
	}

	@Override
	public String put(Path file) throws IOException {
		Files.createDirectories(directory);
		var key = FileStore.newKey();
		var temporary = directory.resolve(key + ".part");
		try {
			Files.copy(file, temporary, StandardCopyOption.REPLACE_EXISTING);
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
		return directory.resolve(FileStore.requireKey(key));
	}

}
