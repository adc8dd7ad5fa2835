package app.accord.library.staff;

import app.accord.library.catalog.Resource;
import app.accord.library.catalog.ResourceDetails;
import app.accord.library.catalog.ResourceKind;
import app.accord.library.catalog.ResourceLanguage;
import app.accord.library.catalog.Topic;
import app.accord.library.catalog.Visibility;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import app.accord.shared.validation.WebAddress;
import app.accord.shared.validation.SensibleDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/** The forms of the library's staff pages, each bound and validated on its own. */
final class LibraryForms {

	private LibraryForms() {
	}

	record ResourceForm(
			@NotBlank(message = "{library.form.title.required}") @Size(max = 300,
					message = "{library.form.tooLong}") String title,
			@Size(max = 4000, message = "{library.form.tooLong}") String summary,
			@NotNull(message = "{library.form.kind.required}") ResourceKind kind,
			@NotNull(message = "{library.form.language.required}") ResourceLanguage language, Long translationId,
			@Size(max = 300, message = "{library.form.tooLong}") String audience,
			@Size(max = 500, message = "{library.form.tooLong}") String authors,
			@DateTimeFormat(iso = ISO.DATE) @SensibleDate(earliestYear = SensibleDate.EARLIEST_PUBLISHED_YEAR,
					message = "{validation.date.published}") LocalDate publishedOn,
			@NotNull(message = "{library.form.visibility.required}") Visibility visibility,
			@Size(max = 2000, message = "{library.form.tooLong}") @WebAddress(
					message = "{library.form.externalUrl.invalid}") String externalUrl,
			List<Long> topicIds) {

		static ResourceForm empty() {
			return new ResourceForm("", "", null, ResourceLanguage.EN, null, "", "", null, Visibility.PUBLIC, "",
					List.of());
		}

		static ResourceForm of(Resource resource) {
			return new ResourceForm(resource.getTitle(), resource.getSummary(), resource.getKind(),
					resource.getLanguage(), resource.getTranslationId(), resource.getAudience(), resource.getAuthors(),
					resource.getPublishedOn(), resource.getVisibility(), resource.getExternalUrl(),
					resource.getTopics().stream().map(Topic::getId).toList());
		}

		ResourceDetails details() {
			return new ResourceDetails(title, summary, kind, language, translationId, audience, authors, publishedOn,
					visibility, externalUrl, topicIds == null ? null : new HashSet<>(topicIds));
		}

	}

	record TopicForm(
			@NotBlank(message = "{library.topic.nameEn.required}") @Size(max = 120,
					message = "{library.form.tooLong}") String nameEn,
			@NotBlank(message = "{library.topic.nameEs.required}") @Size(max = 120,
					message = "{library.form.tooLong}") String nameEs) {

		static TopicForm empty() {
			return new TopicForm("", "");
		}

	}

}
