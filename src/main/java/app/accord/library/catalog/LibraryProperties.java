package app.accord.library.catalog;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * The library's settings ({@code accord.library.*}).
 *
 * @param files directory of uploaded files (local storage)
 * @param index directory of the search index; an empty value keeps the index in memory
 * @param maxUploadSize largest file accepted
 * @param extractionTimeout how long text extraction of one file may take
 * @param maxTextChars how much extracted text of one file is kept and indexed
 * @param extractionThreads how many files are read at the same time
 * @param storage where files are kept: {@code local} (default) or {@code s3}
 * @param s3 the bucket, with {@code storage=s3}
 */
@ConfigurationProperties("accord.library")
public record LibraryProperties(Path files, String index, DataSize maxUploadSize, Duration extractionTimeout,
		int maxTextChars, int extractionThreads, Storage storage, S3 s3) {

	public LibraryProperties {
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
		if (storage == null) {
			storage = Storage.LOCAL;
		}
	}

	public enum Storage {

		LOCAL, S3

	}

	/**
	 * An S3-compatible bucket ({@code accord.library.s3.*}).
	 *
	 * @param endpoint the server, e.g. {@code http://minio:9000}; AWS's own when empty
	 * @param region the region, e.g. {@code us-west-1} ({@code us-east-1} for most
	 * S3-compatible servers)
	 * @param bucket the bucket, which must exist
	 * @param accessKey with {@code secretKey}: the key pair; when empty, the AWS SDK's
	 * usual chain (environment, profile, instance or container role)
	 * @param secretKey the secret of the key pair
	 * @param pathStyle {@code true} for servers that want {@code /bucket/key} addresses
	 * (MinIO and most self-hosted ones) instead of {@code bucket.host/key}
	 */
	public record S3(URI endpoint, String region, String bucket, String accessKey, String secretKey,
			boolean pathStyle) {
	}

}
