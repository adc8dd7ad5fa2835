package app.accord.teams.roster;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import app.accord.teams.MemberRole;
import app.accord.teams.Side;

/** Changing a member's details. */
record MemberEditForm(@Size(max = 200) String title, @NotNull(message = "{teams.member.role.required}") MemberRole role,
		@NotNull(message = "{teams.member.side.required}") Side side, @Size(max = 200) String organization) {
}
