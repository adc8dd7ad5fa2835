package app.accord.library.catalog;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Staff keep the list of topics resources are filed under. */
@Service
public class TopicAdministration {

	private final TopicRepository topics;

	TopicAdministration(TopicRepository topics) {
		this.topics = topics;
	}

	@Transactional(readOnly = true)
	public List<Topic> all() {
		return topics.findAllByOrderByNameEn();
	}

	@PreAuthorize("@libraryPolicy.isStaff(principal)")
	@Transactional
	public long add(String nameEn, String nameEs) {
		if (topics.existsByNameEnIgnoreCase(nameEn.strip())) {
			throw new LibraryRuleViolation("nameEn", "library.topic.exists");
		}
		return topics.saveAndFlush(new Topic(nameEn, nameEs)).getId();
	}

}
