package app.accord.library.internal;

import java.time.LocalDate;
import java.util.List;

/** What the search index holds of a resource. */
record IndexedResource(long id, String title, String summary, ResourceKind kind, ResourceLanguage language,
		String authors, String audience, List<Long> topicIds, List<String> topicNames, LocalDate publishedOn,
		Visibility visibility, String text) {

	static IndexedResource of(Resource resource) {
		var topics = resource.getTopics();
		return new IndexedResource(resource.getId(), resource.getTitle(), resource.getSummary(), resource.getKind(),
				resource.getLanguage(), resource.getAuthors(), resource.getAudience(),
				topics.stream().map(Topic::getId).toList(),
				topics.stream().flatMap(t -> java.util.stream.Stream.of(t.getNameEn(), t.getNameEs())).toList(),
				resource.getPublishedOn(), resource.getVisibility(), resource.getExtractedText());
	}

}
