package app.accord.library.catalog;

import java.time.LocalDate;
import java.util.Set;

/** A resource's metadata as staff enter it (already validated by the form). */
public record ResourceDetails(String title, String summary, ResourceKind kind, ResourceLanguage language,
		Long translationId, String audience, String authors, LocalDate publishedOn, Visibility visibility,
		String externalUrl, Set<Long> topicIds) {

	public ResourceDetails {
		topicIds = topicIds == null ? Set.of() : Set.copyOf(topicIds);
	}

}
