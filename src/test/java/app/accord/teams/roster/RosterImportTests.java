package app.accord.teams.roster;

import app.accord.teams.team.TeamTestData;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
class RosterImportTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TeamTestData data;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void staffPreviewThenApplyAndAReimportAddsNobodyTwice() throws Exception {
		var staff = data.staff();
		var lea = data.freeLea();
		var csv = """
				lea_cds_code,name,email,role,side,organization
				%1$s,Sofia Superintendent,%2$s,SUPERINTENDENT,MANAGEMENT,
				%1$s,Tomas Teacher,%3$s,certificated union president,labor,"Teachers Association, Local 9"
				%1$s,Bernie Board,,BOARD_MEMBER,MANAGEMENT,
				""".formatted(lea, TeamTestData.freshEmail("sofia"), TeamTestData.freshEmail("tomas"));

		mvc.perform(multipart("/staff/teams/import")
			.file(new MockMultipartFile("file", "rosters.csv", "text/csv",
					csv.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
			.with(user(staff))
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("3 rows: 3 members to add, 0 with errors.")))
			.andExpect(content().string(containsString("Will be added to a new team")));
		assertThat(members(lea)).isZero();

		mvc.perform(post("/staff/teams/import/apply").param("csv", csv).with(user(staff)).with(csrf()))
			.andExpect(redirectedUrl("/staff/teams"));
		assertThat(members(lea)).isEqualTo(3);

		mvc.perform(post("/staff/teams/import").param("csv", csv).with(user(staff)).with(csrf()))
			.andExpect(content().string(containsString("3 rows: 0 members to add, 0 with errors.")))
			.andExpect(content().string(containsString("Already on the team; skipped")))
			.andExpect(content().string(not(containsString("type=\"hidden\" name=\"csv\""))));
		mvc.perform(post("/staff/teams/import/apply").param("csv", csv).with(user(staff)).with(csrf()))
			.andExpect(status().isOk());
		assertThat(members(lea)).isEqualTo(3);
	}

	@Test
	void aFileWithAnyBadRowChangesNothingAndSaysWhatIsWrongPerRow() throws Exception {
		var staff = data.staff();
		var lea = data.freeLea();
		var csv = """
				%1$s,Good Person,%2$s,PRINCIPAL,MANAGEMENT,
				%1$s,Bad Role,,WIZARD,LABOR,
				99999999999999,Nowhere,,OTHER,LABOR,
				%1$s,Bad Side,,OTHER,NEUTRAL,
				%1$s,Bad Mail,nope,OTHER,LABOR,
				""".formatted(lea, TeamTestData.freshEmail("good"));
		mvc.perform(post("/staff/teams/import").param("csv", csv).with(user(staff)).with(csrf()))
			.andExpect(content().string(containsString("Unknown role &quot;WIZARD&quot;")))
			.andExpect(content().string(containsString("no LEA with the CDS code 99999999999999")))
			.andExpect(content().string(containsString("Unknown side &quot;NEUTRAL&quot;")))
			.andExpect(content().string(containsString("Enter an email address like")))
			.andExpect(content().string(containsString("4 with errors")));
		mvc.perform(post("/staff/teams/import/apply").param("csv", csv).with(user(staff)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Nothing was changed")));
		assertThat(jdbc.queryForObject("select count(*) from team where lea_cds_code = ?", Integer.class, lea))
			.isZero();
	}

	@Test
	void membersOfTeamsCannotImport() throws Exception {
		var coLead = data.person("Import Lead");
		mvc.perform(post("/staff/teams/import").param("csv", "x").with(user(coLead)).with(csrf()))
			.andExpect(status().isForbidden());
	}

	private int members(String lea) {
		return jdbc.queryForObject(
				"select count(*) from team_membership m join team t on t.id = m.team_id where t.lea_cds_code = ?",
				Integer.class, lea);
	}

}
