package app.accord;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every text a user sees exists in English and in Spanish: a key in one bundle and not in
 * the other fails the build.
 */
class MessageBundlesTests {

	@Test
	void everyEnglishBundleHasASpanishTwinWithTheSameKeys() throws IOException {
		var bundles = new PathMatchingResourcePatternResolver().getResources("classpath:messages/*.properties");
		var english = 0;
		for (Resource bundle : bundles) {
			var name = bundle.getFilename();
			if (name.contains("_")) {
				continue;
			}
			english++;
			var spanish = bundle.createRelative(name.replace(".properties", "_es.properties"));
			assertThat(spanish.exists()).as("Spanish bundle for %s", name).isTrue();
			var englishKeys = new TreeSet<>(load(bundle).stringPropertyNames());
			var spanishKeys = new TreeSet<>(load(spanish).stringPropertyNames());
			assertThat(spanishKeys).as("keys of %s and its Spanish twin", name).isEqualTo(englishKeys);
		}
		assertThat(english).isGreaterThanOrEqualTo(5);
	}

	@Test
	void spanishBundlesAreReadAsUtf8() throws IOException {
		var home = load(
				new PathMatchingResourcePatternResolver().getResource("classpath:messages/shared_es.properties"));
		assertThat(home.getProperty("nav.signin")).isEqualTo("Iniciar sesión");
	}

	private static Properties load(Resource resource) throws IOException {
		var properties = new Properties();
		try (var reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

}
