package app.accord.teams.roster;

import java.time.LocalDate;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import app.accord.shared.validation.SensibleDate;
import app.accord.teams.MemberRole;
import app.accord.teams.Side;
import app.accord.teams.team.MemberDetails;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/** Adding a member to the roster. */
public record MemberForm(@NotBlank(message = "{teams.member.name.required}") @Size(max = 200) String name,
		@Email(message = "{teams.member.email.invalid}") @Size(max = 320) String email, @Size(max = 200) String title,
		@NotNull(message = "{teams.member.role.required}") MemberRole role,
		@NotNull(message = "{teams.member.side.required}") Side side, @Size(max = 200) String organization,
		@DateTimeFormat(iso = ISO.DATE) @SensibleDate LocalDate joinedOn) {

	public static MemberForm empty() {
		return new MemberForm("", "", "", null, null, "", null);
	}

	MemberDetails details() {
		return new MemberDetails(name, email, title, role, side, organization);
	}

}
