package app.accord.events.catalog;

import app.accord.events.EventMother;

import org.junit.jupiter.api.Test;

import org.springframework.test.util.ReflectionTestUtils;

import static org.assertj.core.api.Assertions.assertThat;

class EventTextsTests {

	@Test
	void aScriptStoredAsTheOnlineLinkBeforeLinksWereCheckedIsNotPrinted() {
		var event = EventMother.event().build();
		ReflectionTestUtils.setField(event, "venue", "Salinas");
		ReflectionTestUtils.setField(event, "address", null);
		ReflectionTestUtils.setField(event, "onlineUrl", "javascript:alert(document.cookie)");
		assertThat(EventTexts.where(event)).isEqualTo("Salinas");

		ReflectionTestUtils.setField(event, "onlineUrl", "https://meet.example.org/lmi");
		assertThat(EventTexts.where(event)).isEqualTo("Salinas / https://meet.example.org/lmi");
	}

}
