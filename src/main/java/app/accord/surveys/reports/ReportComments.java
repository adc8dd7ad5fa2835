package app.accord.surveys.reports;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The open-text comments a report shows: read row by row from the stored answers, newest
 * first, at most {@value #MAX_COMMENTS} of them.
 */
@Component
class ReportComments {

	static final int MAX_COMMENTS = 500;

	private final JdbcTemplate jdbc;

	ReportComments(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Comments of respondents whose role group and site are both shown: a comment of a
	 * hidden group could otherwise be told apart by comparing breakdowns. Newest first:
	 * administration by administration in the order given, each along an index from its
	 * latest response, until enough are read; so the cost follows the comments shown, not
	 * the answers stored or the administrations there have been.
	 */
	List<String> of(String itemCode, String lea, List<Long> administrationIds, Set<String> hiddenRoles,
			Set<String> hiddenSites) {
		var limit = MAX_COMMENTS * 4;
		var comments = new ArrayList<String>();
		var read = new int[1];
		for (var administrationId : administrationIds) {
			if (read[0] >= limit) {
				break;
			}
			var args = new ArrayList<Object>(List.of(administrationId, itemCode));
			if (lea != null) {
				args.add(lea);
			}
			args.add(limit - read[0]);
			jdbc.query("select coalesce(group_code, ''), coalesce(site_code, ''), text_answer "
					+ "from survey_answer where administration_id = ? and item_code = ?"
					+ (lea == null ? "" : " and lea_cds_code = ?")
					+ " and text_answer is not null order by response_id desc limit ?", rs -> {
						read[0]++;
						if (comments.size() < MAX_COMMENTS && !hiddenRoles.contains(rs.getString(1))
								&& !hiddenSites.contains(rs.getString(2))) {
							comments.add(rs.getString(3));
						}
					}, args.toArray());
		}
		return comments;
	}

}
