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

/** The day a member left. */
record LeaveForm(@DateTimeFormat(iso = ISO.DATE) @SensibleDate LocalDate leftOn) {
}
