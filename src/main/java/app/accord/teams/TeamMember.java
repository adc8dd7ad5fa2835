package app.accord.teams;

import app.accord.accounts.PersonId;

/**
 * A current member of a team as other modules see them.
 *
 * @param personId {@code null} for a member entered without an email
 */
public record TeamMember(long memberId, PersonId personId, String name, MemberRole role, Side side, boolean coLead) {
}
