package app.accord.teams.roster;

import java.time.LocalDate;

import app.accord.shared.validation.SensibleDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/** The day a member left. */
record LeaveForm(@DateTimeFormat(iso = ISO.DATE) @SensibleDate LocalDate leftOn) {
}
