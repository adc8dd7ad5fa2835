package app.accord.teams.internal;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import app.accord.shared.validation.SensibleDate;
import app.accord.teams.MemberRole;
import app.accord.teams.Side;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.validation.Errors;

/** Adding a member to the roster. */
record MemberForm(@NotBlank(message = "{teams.member.name.required}") @Size(max = 200) String name,
		@Email(message = "{teams.member.email.invalid}") @Size(max = 320) String email, @Size(max = 200) String title,
		@NotNull(message = "{teams.member.role.required}") MemberRole role,
		@NotNull(message = "{teams.member.side.required}") Side side, @Size(max = 200) String organization,
		@DateTimeFormat(iso = ISO.DATE) @SensibleDate LocalDate joinedOn) {

	static MemberForm empty() {
		return new MemberForm("", "", "", null, null, "", null);
	}

	MemberDetails details() {
		return new MemberDetails(name, email, title, role, side, organization);
	}

}
