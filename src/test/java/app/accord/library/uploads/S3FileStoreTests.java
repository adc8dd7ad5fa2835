package app.accord.library.uploads;

import app.accord.library.catalog.LibraryConfiguration;
import app.accord.library.catalog.LibraryProperties;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The S3 store against an in-process fake S3 server: no Spring context, no network. */
class S3FileStoreTests {

	@TempDir
	Path directory;

	FakeS3 s3;

	S3FileStore store;

	@BeforeEach
	void setUp() throws Exception {
		s3 = new FakeS3("library");
		store = S3FileStore.of(settings("library"));
	}

	@AfterEach
	void tearDown() {
		store.close();
		s3.close();
	}

	private LibraryProperties.S3 settings(String bucket) {
		return new LibraryProperties.S3(s3.endpoint(), "us-east-1", bucket, "test-access", "test-secret", true);
	}

	private Path file(byte[] content) throws Exception {
		var file = Files.createTempFile(directory, "upload-", ".bin");
		Files.write(file, content);
		return file;
	}

	@Test
	void aFileLandsInTheBucketUnderItsGeneratedKeyAndComesBack() throws Exception {
		var content = "peer assistance and review".getBytes();

		var key = store.put(file(content));

		assertThat(key).matches(FileStore.KEY);
		assertThat(s3.objects).containsOnlyKeys("library/" + key);
		assertThat(s3.objects.get("library/" + key)).isEqualTo(content);
		assertThat(FakeS3.readAll(store.open(key))).isEqualTo(content);
	}

	@Test
	void aLargeFileMakesTheRoundTripByteForByte() throws Exception {
		var content = new byte[12 * 1024 * 1024];
		new Random(7).nextBytes(content);

		var key = store.put(file(content));

		assertThat(s3.objects.get("library/" + key)).isEqualTo(content);
		assertThat(FakeS3.readAll(store.open(key))).isEqualTo(content);
	}

	@Test
	void removingDeletesTheObjectAndAMissingObjectIsAMissingFile() throws Exception {
		var key = store.put(file(new byte[] { 1, 2, 3 }));

		store.delete(key);

		assertThat(s3.objects).isEmpty();
		assertThat(s3.requests).contains(new FakeS3.Request("DELETE", "library/" + key));
		assertThatThrownBy(() -> store.open(key)).isInstanceOf(NoSuchFileException.class);
		store.delete(key);
	}

	@Test
	void aKeyTheStoreDidNotMakeNeverReachesTheServer() {
		assertThatThrownBy(() -> store.open("../other-bucket/secret")).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> store.delete("report.pdf")).isInstanceOf(IllegalArgumentException.class);
		assertThat(s3.requests).isEmpty();
	}

	@Test
	void aServerRefusalIsAnInputOutputError() throws Exception {
		try (var elsewhere = S3FileStore.of(settings("missing-bucket"))) {
			assertThatThrownBy(() -> elsewhere.put(file(new byte[] { 1 }))).isInstanceOf(java.io.IOException.class);
		}
	}

	@Test
	void checkedUploadsGoToTheBucket() throws Exception {
		var uploads = new Uploads(store, properties(LibraryProperties.Storage.S3));

		var stored = uploads.accept("guide.pdf", new ByteArrayInputStream(TestFiles.pdf("Peer assistance")));

		assertThat(s3.objects).containsOnlyKeys("library/" + stored.key());
		assertThat(stored.type()).isEqualTo(FileType.PDF);
		assertThat(s3.objects.get("library/" + stored.key())).startsWith("%PDF".getBytes());
	}

	@Test
	void theStorageIsChosenByConfigurationWithLocalAsTheDefault() {
		assertThat(LibraryConfiguration.fileStore(properties(null))).isInstanceOf(LocalFileStore.class);
		var chosen = LibraryConfiguration.fileStore(properties(LibraryProperties.Storage.S3));
		assertThat(chosen).isInstanceOf(S3FileStore.class);
		((S3FileStore) chosen).close();
		var noBucket = new LibraryProperties(directory, "", null, null, 0, 0, LibraryProperties.Storage.S3,
				new LibraryProperties.S3(null, "us-east-1", " ", null, null, false));
		assertThatThrownBy(() -> LibraryConfiguration.fileStore(noBucket)).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("accord.library.s3.bucket");
	}

	@Test
	void theSettingsBindFromTheirPropertyNames() {
		var source = new MapConfigurationPropertySource(Map.of("accord.library.storage", "s3",
				"accord.library.s3.endpoint", "http://minio:9000", "accord.library.s3.region", "us-east-1",
				"accord.library.s3.bucket", "accord", "accord.library.s3.access-key", "AKIA",
				"accord.library.s3.secret-key", "secret", "accord.library.s3.path-style", "true"));

		var bound = new Binder(source).bind("accord.library", LibraryProperties.class).get();

		assertThat(bound.storage()).isEqualTo(LibraryProperties.Storage.S3);
		assertThat(bound.s3()).isEqualTo(new LibraryProperties.S3(URI.create("http://minio:9000"), "us-east-1",
				"accord", "AKIA", "secret", true));
	}

	private LibraryProperties properties(LibraryProperties.Storage storage) {
		return new LibraryProperties(directory, "", DataSize.ofMegabytes(1), Duration.ofSeconds(30), 1000, 1, storage,
				settings("library"));
	}

}
