package app.accord.teams.team;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import app.accord.teams.MemberRole;
import app.accord.teams.Side;

/** Starting the team of an LEA. */
public record StartTeamForm(@NotBlank(message = "{teams.create.lea.required}") String leaCdsCode,
		@Size(max = 200, message = "{teams.create.name.tooLong}") String name, @Size(max = 200) String title,
		MemberRole role, Side side, @Size(max = 200) String organization) {

	public static StartTeamForm empty() {
		return new StartTeamForm("", "", "", null, null, "");
	}

}
