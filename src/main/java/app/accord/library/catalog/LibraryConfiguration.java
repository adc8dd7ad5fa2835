package app.accord.library.catalog;

import app.accord.library.uploads.FileStore;
import app.accord.library.uploads.LocalFileStore;
import app.accord.library.uploads.S3FileStore;
import app.accord.library.search.SearchIndex;

import java.io.IOException;
import java.nio.file.Path;

import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.FSDirectory;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LibraryProperties.class)
public class LibraryConfiguration {

	/**
	 * A local directory unless {@code accord.library.storage=s3}; an S3 store's client is
	 * closed with the context.
	 */
	@Bean
	FileStore libraryFileStore(LibraryProperties properties) {
		return fileStore(properties);
	}

	public static FileStore fileStore(LibraryProperties properties) {
		return switch (properties.storage()) {
			case S3 -> S3FileStore.of(properties.s3());
			case LOCAL -> new LocalFileStore(properties.files());
		};
	}

	/** On disk under the data directory; in memory when no directory is set (tests). */
	@Bean(destroyMethod = "close")
	SearchIndex librarySearchIndex(LibraryProperties properties) throws IOException {
		var directory = properties.index() == null || properties.index().isBlank() ? new ByteBuffersDirectory()
				: FSDirectory.open(Path.of(properties.index()));
		return new SearchIndex(directory, properties.maxTextChars());
	}

}
