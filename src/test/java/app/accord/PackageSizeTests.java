package app.accord;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Inside each module, one package per feature (docs/adr/0010): none grows past 25
 * classes, and no business module keeps a flat {@code internal} or {@code web} package
 * ({@code shared} is the application's toolbox, not a business module).
 */
class PackageSizeTests {

	private static final Path SOURCES = Path.of("src/main/java/app/accord");

	@Test
	void noPackageHoldsMoreThanTwentyFiveClasses() throws IOException {
		var sizes = new TreeMap<String, Long>();
		try (Stream<Path> folders = Files.walk(SOURCES)) {
			for (var folder : folders.filter(Files::isDirectory).toList()) {
				try (var files = Files.list(folder)) {
					sizes.put(SOURCES.relativize(folder).toString(),
							files.filter(file -> file.toString().endsWith(".java"))
								.filter(file -> !file.getFileName().toString().equals("package-info.java"))
								.count());
				}
			}
		}
		assertThat(sizes).isNotEmpty();
		assertThat(sizes).allSatisfy((folder, size) -> assertThat(size).as(folder).isLessThanOrEqualTo(25));
	}

	@Test
	void businessModulesHaveFeaturesNotLayers() throws IOException {
		try (Stream<Path> folders = Files.walk(SOURCES)) {
			assertThat(folders.filter(Files::isDirectory)
				.filter(folder -> !SOURCES.relativize(folder).startsWith("shared"))
				.map(folder -> folder.getFileName().toString())).doesNotContain("internal", "web", "util", "common");
		}
	}

}
