package app.accord.library.internal;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * The library's settings ({@code accord.library.*}).
 *
 * @param files directory of uploaded files
 * @param index directory of the search index; an empty value keeps the index in memory
 * @param maxUploadSize largest file accepted
 * @param extractionTimeout how long text extraction of one file may take
 * @param maxTextChars how much extracted text of one file is kept and indexed
 * @param extractionThreads how many files are read at the same time
 */
@ConfigurationProperties("accord.library")
record LibraryProperties(Path files, String index, DataSize maxUploadSize, Duration extractionTimeout, int maxTextChars,
		int extractionThreads) {

	LibraryProperties {
		if (maxUploadSize == null) {
			maxUploadSize = DataSize.ofMegabytes(50);
		}
		if (extractionTimeout == null) {
			extractionTimeout = Duration.ofSeconds(60);
		}
		if (maxTextChars <= 0) {
			maxTextChars = 2_000_000;
		}
		if (extractionThreads <= 0) {
			extractionThreads = 1;
		}
	}

}
