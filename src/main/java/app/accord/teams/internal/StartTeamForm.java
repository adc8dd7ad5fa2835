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

/** Starting the team of an LEA. */
record StartTeamForm(@NotBlank(message = "{teams.create.lea.required}") String leaCdsCode,
		@Size(max = 200, message = "{teams.create.name.tooLong}") String name, @Size(max = 200) String title,
		MemberRole role, Side side, @Size(max = 200) String organization) {

	static StartTeamForm empty() {
		return new StartTeamForm("", "", "", null, null, "");
	}

}
