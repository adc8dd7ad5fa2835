package app.accord.library.search;

import app.accord.library.casestudies.CaseStudy;
import app.accord.library.catalog.Resource;
import app.accord.library.catalog.ResourceKind;
import app.accord.library.catalog.ResourceLanguage;
import app.accord.library.catalog.Topic;
import app.accord.library.catalog.Visibility;

import java.time.LocalDate;
import java.util.List;

/**
 * What the search index holds of a resource or of a case study (library content too,
 * found under the kind "case study").
 *
 * @param caseStudy whether {@code id} is a case study's rather than a resource's
 */
record IndexedResource(long id, String title, String summary, ResourceKind kind, ResourceLanguage language,
		String authors, String audience, List<Long> topicIds, List<String> topicNames, LocalDate publishedOn,
		Visibility visibility, String text, boolean caseStudy) {

	IndexedResource(long id, String title, String summary, ResourceKind kind, ResourceLanguage language, String authors,
			String audience, List<Long> topicIds, List<String> topicNames, LocalDate publishedOn, Visibility visibility,
			String text) {
		this(id, title, summary, kind, language, authors, audience, topicIds, topicNames, publishedOn, visibility, text,
				false);
	}

	static IndexedResource of(Resource resource) {
		var topics = resource.getTopics();
		return new IndexedResource(resource.getId(), resource.getTitle(), resource.getSummary(), resource.getKind(),
				resource.getLanguage(), resource.getAuthors(), resource.getAudience(),
				topics.stream().map(Topic::getId).toList(),
				topics.stream().flatMap(t -> java.util.stream.Stream.of(t.getNameEn(), t.getNameEs())).toList(),
				resource.getPublishedOn(), resource.getVisibility(), resource.getExtractedText());
	}

	/**
	 * A case study: its LEA's name as metadata, what led to collaboration as summary and
	 * all its answers as text. Case studies are written in English.
	 */
	static IndexedResource of(CaseStudy caseStudy) {
		var text = java.util.stream.Stream
			.of(caseStudy.getWhatLed(), caseStudy.getIntoPractice(), caseStudy.getImpact(), caseStudy.getChallenges(),
					caseStudy.getInnovations(), caseStudy.getOutcomes())
			.filter(part -> part != null && !part.isBlank())
			.collect(java.util.stream.Collectors.joining("\n\n"));
		return new IndexedResource(caseStudy.getId(), caseStudy.getTitle(), null, ResourceKind.CASE_STUDY,
				ResourceLanguage.EN, null, caseStudy.getLeaName(), List.of(), List.of(), caseStudy.getPublishedOn(),
				caseStudy.getVisibility(), text, true);
	}

	/** Its document's key in the index: a case study's never equals a resource's. */
	String key() {
		return key(id, caseStudy);
	}

	static String key(long id, boolean caseStudy) {
		return caseStudy ? CASE_STUDY_KEY + id : String.valueOf(id);
	}

	static final String CASE_STUDY_KEY = "case-study-";

}
