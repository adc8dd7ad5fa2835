package app.accord.directory.map;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
class MapTests {

	@Autowired
	MockMvc mvc;

	@Test
	void mapDrawsEveryCountyAndEveryLeaAsAnAccessibleSvg() throws Exception {
		var html = page("/map");
		assertThat(count(html, "<path class=\"county\"")).isEqualTo(58);
		assertThat(count(html, "class=\"lea-dot\"")).isEqualTo(1023);
		assertThat(html).contains("viewBox=\"0 0 600 ")
			.contains("role=\"group\"")
			.contains("aria-labelledby=\"map-svg-title map-svg-desc\"")
			.contains("<title>Fresno Unified</title>")
			.contains("href=\"/directory/10621660000000\"")
			.contains("fill=\"url(#region-central-valley)\"")
			.doesNotContain("style=");
	}

	@Test
	void mapHasATextAlternativeWithCountiesByRegion() throws Exception {
		var html = page("/map");
		assertThat(html).contains("<caption>Northern California</caption>")
			.contains("<caption>Central Valley</caption>")
			.contains("<caption>Southern California</caption>")
			.contains("href=\"/directory?county=Fresno\"");
		assertThat(count(html, "<th scope=\"row\">")).isEqualTo(58);
	}

	@Test
	void filteringByRegionAndTypeDrawsOnlyThoseLeasAndDimsOtherCounties() throws Exception {
		var html = page("/map?region=central-valley&type=county-office");
		assertThat(count(html, "class=\"lea-dot\"")).isEqualTo(12);
		assertThat(count(html, "class=\"county dimmed\"")).isEqualTo(58 - 12);
		assertThat(count(html, "<th scope=\"row\">")).isEqualTo(12);
	}

	@Test
	void anLeaComingFromItsPageIsHighlighted() throws Exception {
		var html = page("/map?lea=10621660000000");
		assertThat(count(html, "lea-dot highlighted")).isEqualTo(1);
	}

	@Test
	void unknownFiltersAreIgnoredWithANotice() throws Exception {
		var html = page("/map?region=mars");
		assertThat(html).contains("There is no region &quot;mars&quot;");
		assertThat(count(html, "class=\"lea-dot\"")).isEqualTo(1023);
	}

	private String page(String url) throws Exception {
		return this.mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	private static int count(String text, String what) {
		var matcher = Pattern.compile(Pattern.quote(what)).matcher(text);
		var count = 0;
		while (matcher.find()) {
			count++;
		}
		return count;
	}

}
