package app.accord.browser;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** The public events list: cards without stray bullets whose text stays inside them. */
class EventListBrowserTests extends BrowserTestSupport {

	private static final String LONG_LINK = "https://meet.example.org/convening/central-valley-labor-management-"
			+ "collaboration-summer-institute-2026-breakout-room-for-teams-registered-late";

	@LocalServerPort
	private int port;

	@Test
	void cardsHaveNoBulletsAndKeepLongLinksInsideOnADesktopAndAPhone() throws Exception {
		createPublishedEvent("Hybrid convening with a long link", LONG_LINK);
		var size = driver().manage().window().getSize();
		try {
			for (var window : List.of(new Dimension(1280, 900), new Dimension(390, 844))) {
				driver().manage().window().setSize(window);
				visit("/events");
				findByRole("link", "Hybrid convening with a long link");

				@SuppressWarnings("unchecked")
				var layout = (Map<String, Object>) executeScript("""
						const cards = [...document.querySelectorAll('main li.card')];
						const markers = cards.map(card => getComputedStyle(card).listStyleType)
						  .filter(type => type !== 'none');
						const overflowing = [];
						for (const card of cards) {
						  const box = card.getBoundingClientRect();
						  for (const child of card.querySelectorAll('*')) {
						    const inner = child.getBoundingClientRect();
						    if (inner.right > box.right + 0.5 || inner.left < box.left - 0.5) {
						      overflowing.push(child.textContent.trim().slice(0, 60));
						    }
						  }
						}
						return { cards: cards.length, markers, overflowing,
						  listLeft: document.querySelector('main ul.cards').getBoundingClientRect().left,
						  headingLeft: document.querySelector('main h1').getBoundingClientRect().left,
						  scrollWidth: document.documentElement.scrollWidth, width: window.innerWidth };
						""");
				assertThat((Number) layout.get("cards")).as("cards").isNotEqualTo(0L);
				assertThat((List<?>) layout.get("markers")).as("list bullets at %s", window).isEmpty();
				assertThat((List<?>) layout.get("overflowing")).as("text outside its card at %s", window).isEmpty();
				// The cards line up with the heading instead of being indented like a
				// list.
				assertThat(((Number) layout.get("listLeft")).doubleValue())
					.isEqualTo(((Number) layout.get("headingLeft")).doubleValue());
				assertThat(((Number) layout.get("scrollWidth")).longValue())
					.as("page wider than the window at %s", window)
					.isLessThanOrEqualTo(((Number) layout.get("width")).longValue());
			}
			assertAccessible();
		}
		finally {
			driver().manage().window().setSize(size);
		}
	}

	private void createPublishedEvent(String title, String onlineUrl) throws Exception {
		var day = LocalDate.now(ZoneId.of("America/Los_Angeles")).plusDays(45);
		var json = """
				{"title": "%s", "kind": "UNIVERSAL_CONVENING", "format": "HYBRID", "region": "central-valley",
				 "venue": "Fresno County Superintendent of Schools", "onlineUrl": "%s",
				 "startsAt": "%sT09:00:00", "endsAt": "%sT15:00:00",
				 "registrationOpensOn": "%s", "registrationClosesOn": "%s", "capacity": 100,
				 "registrationMode": "BOTH", "feeCents": 0, "publish": true}""".formatted(title, onlineUrl, day, day,
				day.minusDays(40), day.minusDays(2));
		var request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/api/v1/events"))
			.header("Authorization", "Bearer test-bootstrap-token-0123456789abcdef")
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json))
			.build();
		var response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
	}

}
