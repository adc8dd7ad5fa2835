package app.accord.teams.staff;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import app.accord.accounts.SignedInUser;
import app.accord.teams.team.TeamCreation;
import app.accord.teams.team.TeamFilter;
import app.accord.teams.team.TeamList;
import app.accord.teams.team.TeamListRow;
import app.accord.teams.team.TeamTestData;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The staff team list shows a page of teams at a time, the filters kept from page to
 * page, while its headline count and its exports cover every filtered team.
 */
@SpringBootTest
@AutoConfigureMockMvc
class StaffTeamsPageTests {

	/** Teams without members, so never complete: the filter below holds them all. */
	static final TeamFilter INCOMPLETE = new TeamFilter(null, null, false, null);

	@Autowired
	MockMvc mvc;

	@Autowired
	TeamTestData data;

	@Autowired
	TeamCreation creation;

	@Autowired
	TeamList list;

	SignedInUser staff;

	List<TeamListRow> rows;

	@BeforeEach
	void moreIncompleteTeamsThanAPageHolds() {
		staff = data.staff();
		rows = as(staff, () -> list.visibleTo(staff, INCOMPLETE));
		for (var i = rows.size(); i <= StaffTeamsController.PAGE_SIZE; i++) {
			as(staff, () -> creation.create(staff, data.freeLea(), null, null));
		}
		rows = as(staff, () -> list.visibleTo(staff, INCOMPLETE));
		assertThat(rows).hasSizeGreaterThan(StaffTeamsController.PAGE_SIZE);
	}

	@Test
	void theSecondPageShowsTheTeamsAfterTheFirstPageAndNotThoseOfTheFirst() throws Exception {
		var first = page("0");
		var second = page("1");
		var pageSize = StaffTeamsController.PAGE_SIZE;

		for (var row : rows.subList(0, pageSize)) {
			assertThat(first).contains(link(row));
			assertThat(second).doesNotContain(link(row));
		}
		for (var row : rows.subList(pageSize, Math.min(rows.size(), 2 * pageSize))) {
			assertThat(second).contains(link(row));
			assertThat(first).doesNotContain(link(row));
		}
	}

	@Test
	void thePagerKeepsTheFiltersAndTheCountCountsEveryFilteredTeam() throws Exception {
		var count = String.format(Locale.US, "%,d active teams", rows.size());

		var pager = "href=\"/staff/teams?region=&amp;county=&amp;complete=false&amp;regular=&amp;page=";

		assertThat(page("0")).contains(count).contains(pager + "1\"").doesNotContain(pager + "-1\"");
		assertThat(page("1")).contains(count).contains(pager + "0\"");
	}

	@Test
	void theExportsHoldEveryFilteredTeamNotOnlyAPage() throws Exception {
		var csv = mvc.perform(get("/staff/teams/export.csv").with(user(staff)).param("complete", "false"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv.lines()).as("header and one line a team").hasSize(rows.size() + 1);
		for (var row : rows) {
			assertThat(csv).contains(row.leaCdsCode());
		}

		var xlsx = mvc.perform(get("/staff/teams/export.xlsx").with(user(staff)).param("complete", "false"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (var workbook = WorkbookFactory.create(new ByteArrayInputStream(xlsx))) {
			assertThat(workbook.getSheetAt(0).getPhysicalNumberOfRows()).isEqualTo(rows.size() + 1);
		}
	}

	private String page(String page) throws Exception {
		return mvc.perform(get("/staff/teams").with(user(staff)).param("complete", "false").param("page", page))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private static String link(TeamListRow row) {
		return "href=\"/teams/" + row.id() + "\"";
	}

	private static <T> T as(SignedInUser user, Supplier<T> work) {
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		try {
			return work.get();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

}
