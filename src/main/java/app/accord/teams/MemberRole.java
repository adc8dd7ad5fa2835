package app.accord.teams;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * What a member does in their LEA; four of these make the minimum team.
 */
public enum MemberRole {

	SUPERINTENDENT, BOARD_MEMBER, CERTIFICATED_UNION_PRESIDENT, CLASSIFIED_UNION_PRESIDENT, ASSISTANT_SUPERINTENDENT_HR,
	CHIEF_ACADEMIC_OFFICER, UNION_OFFICER, PRINCIPAL, SITE_REPRESENTATIVE, OTHER;

	/**
	 * The roles every team needs: the superintendent, both union leaders and a board
	 * member.
	 */
	public static final Set<MemberRole> MINIMUM = Set.of(SUPERINTENDENT, CERTIFICATED_UNION_PRESIDENT,
			CLASSIFIED_UNION_PRESIDENT, BOARD_MEMBER);

	public String messageKey() {
		return "teams.role." + name();
	}

	/**
	 * The role named by its constant in any case, with spaces or hyphens for underscores;
	 * empty for anything else.
	 */
	public static Optional<MemberRole> parse(String value) {
		if (value == null || value.isBlank()) {
			return Optional.empty();
		}
		var wanted = value.trim().replace('-', '_').replace(' ', '_');
		return Arrays.stream(values()).filter(role -> role.name().equalsIgnoreCase(wanted)).findFirst();
	}

}
