package app.accord.library.uploads;

import app.accord.library.catalog.LibraryProperties;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

/**
 * Files as objects of an S3-compatible bucket (AWS S3, MinIO, Ceph, R2, …), the key being
 * the generated name alone. Uploads are streamed from the spooled file with its length
 * known; downloads are streamed from the response. Several application nodes share the
 * bucket instead of a shared volume.
 */
public class S3FileStore implements FileStore, AutoCloseable {

	private final S3Client client;

	private final String bucket;

	S3FileStore(S3Client client, String bucket) {
		this.client = client;
		this.bucket = bucket;
	}

	/** A client for the settings, over the JDK's HTTP connection. */
	public static S3FileStore of(LibraryProperties.S3 settings) {
		if (settings == null || isBlank(settings.bucket()) || isBlank(settings.region())) {
			throw new IllegalStateException(
					"accord.library.storage=s3 needs accord.library.s3.bucket and accord.library.s3.region");
		}
		var builder = S3Client.builder()
			.httpClientBuilder(UrlConnectionHttpClient.builder()
				.connectionTimeout(Duration.ofSeconds(10))
				.socketTimeout(Duration.ofSeconds(60)))
			.region(Region.of(settings.region()))
			.forcePathStyle(settings.pathStyle())
			// Checksums only where the API requires them: S3-compatible servers do not
			// all
			// accept the trailing checksums the SDK otherwise adds to every upload.
			.requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
			.responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
			.credentialsProvider(credentials(settings));
		if (settings.endpoint() != null) {
			builder.endpointOverride(settings.endpoint());
		}
		return new S3FileStore(builder.build(), settings.bucket());
	}

	/**
	 * The configured key pair, or else the SDK's usual chain (environment, profile,
	 * container or instance role).
	 */
	private static AwsCredentialsProvider credentials(LibraryProperties.S3 settings) {
		if (!isBlank(settings.accessKey())) {
			return StaticCredentialsProvider
				.create(AwsBasicCredentials.create(settings.accessKey(), settings.secretKey()));
		}
		return DefaultCredentialsProvider.builder().build();
	}

	@Override
	public String put(Path file) throws IOException {
		var key = FileStore.newKey();
		var length = Files.size(file);
		try {
			client.putObject(request -> request.bucket(bucket)
				.key(key)
				.contentLength(length)
				.contentType("application/octet-stream"), RequestBody.fromFile(file));
		}
		catch (SdkException ex) {
			throw new IOException("Could not store " + key + " in bucket " + bucket, ex);
		}
		return key;
	}

	@Override
	public InputStream open(String key) throws IOException {
		FileStore.requireKey(key);
		try {
			return client.getObject(request -> request.bucket(bucket).key(key));
		}
		catch (NoSuchKeyException ex) {
			var missing = new NoSuchFileException(key);
			missing.initCause(ex);
			throw missing;
		}
		catch (SdkException ex) {
			throw new IOException("Could not read " + key + " from bucket " + bucket, ex);
		}
	}

	@Override
	public void delete(String key) throws IOException {
		FileStore.requireKey(key);
		try {
			client.deleteObject(request -> request.bucket(bucket).key(key));
		}
		catch (SdkException ex) {
			throw new IOException("Could not remove " + key + " from bucket " + bucket, ex);
		}
	}

	@Override
	public void close() {
		client.close();
	}

	private static boolean isBlank(String value) {
		return value == null || value.isBlank();
	}

}
