package app.accord.library.uploads;

import app.accord.library.catalog.LibraryProperties;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;

import app.accord.shared.web.SafeFilename;

import org.springframework.stereotype.Component;

/**
 * Accepts an uploaded file: not empty, not over the size limit, of a type recognised by
 * its content; stored under a generated key.
 */
@Component
public class Uploads {

	private final FileStore store;

	private final LibraryProperties properties;

	public Uploads(FileStore store, LibraryProperties properties) {
		this.store = store;
		this.properties = properties;
	}

	public long maxBytes() {
		return properties.maxUploadSize().toBytes();
	}

	public StoredFile accept(String originalName, InputStream content) throws UploadRejected, IOException {
		var temporary = Files.createTempFile("accord-upload-", ".bin");
		try {
			long size;
			try (var out = Files.newOutputStream(temporary)) {
				// One byte more than allowed is enough to know the file is too large.
				size = content.transferTo(new LimitedOutputStream(out, maxBytes() + 1));
			}
			catch (LimitedOutputStream.LimitReached ex) {
				throw new UploadRejected("library.upload.tooLarge", properties.maxUploadSize().toMegabytes());
			}
			if (size == 0) {
				throw new UploadRejected("library.upload.empty");
			}
			var type = FileTypes.detect(temporary).orElseThrow(() -> new UploadRejected("library.upload.type"));
			var key = store.put(temporary);
			return new StoredFile(key, withExtension(originalName, type), type, size);
		}
		finally {
			Files.deleteIfExists(temporary);
		}
	}

	private static final class LimitedOutputStream extends java.io.FilterOutputStream {

		private final long limit;

		private long written;

		LimitedOutputStream(java.io.OutputStream out, long limit) {
			super(out);
			this.limit = limit;
		}

		@Override
		public void write(int b) throws IOException {
			count(1);
			out.write(b);
		}

		@Override
		public void write(byte[] b, int off, int len) throws IOException {
			count(len);
			out.write(b, off, len);
		}

		private void count(int bytes) throws LimitReached {
			written += bytes;
			if (written >= limit) {
				throw new LimitReached();
			}
		}

		static final class LimitReached extends IOException {

		}

	}

	/**
	 * The name with the extension of the file's real type, whatever the uploader called
	 * it.
	 */
	static String withExtension(String name, FileType type) {
		var safe = SafeFilename.of(name);
		var dot = safe.lastIndexOf('.');
		var stem = dot > 0 ? safe.substring(0, dot) : safe;
		return stem + "." + type.extension();
	}

}
