package app.accord.events.registration;

import app.accord.events.catalog.Event;
import app.accord.events.catalog.EventDetails;
import app.accord.events.catalog.EventFormat;
import app.accord.events.catalog.EventKind;
import app.accord.events.catalog.EventRuleViolation;
import app.accord.events.catalog.EventRules;
import app.accord.events.catalog.RegistrationMode;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import app.accord.shared.validation.WebAddress;
import app.accord.shared.validation.SensibleDate;
import app.accord.accounts.SignedInUser;
import app.accord.directory.Region;
import app.accord.teams.MemberRole;
import app.accord.teams.Side;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/** The forms of the event pages, each bound and validated on its own. */
public final class EventForms {

	private EventForms() {
	}

	public record EventForm(
			@NotBlank(message = "{events.event.title.required}") @Size(max = 200,
					message = "{events.event.title.tooLong}") String title,
			@NotNull(message = "{events.event.kind.required}") EventKind kind,
			@NotNull(message = "{events.event.format.required}") EventFormat format, String region,
			@Size(max = 300, message = "{events.field.tooLong}") String venue,
			@Size(max = 500, message = "{events.field.tooLong}") String address,
			@Size(max = 500, message = "{events.field.tooLong}") @WebAddress String onlineUrl,
			@NotNull(message = "{events.event.startsAt.required}") @DateTimeFormat(
					iso = ISO.DATE_TIME) @SensibleDate LocalDateTime startsAt,
			@NotNull(message = "{events.event.endsAt.required}") @DateTimeFormat(
					iso = ISO.DATE_TIME) @SensibleDate LocalDateTime endsAt,
			@Size(max = 8000, message = "{events.field.tooLong}") String description,
			@Size(max = 1000, message = "{events.field.tooLong}") String topics,
			@NotNull(message = "{events.event.opensOn.required}") @DateTimeFormat(
					iso = ISO.DATE) @SensibleDate LocalDate registrationOpensOn,
			@NotNull(message = "{events.event.closesOn.required}") @DateTimeFormat(
					iso = ISO.DATE) @SensibleDate LocalDate registrationClosesOn,
			@NotNull(message = "{events.event.capacity.range}") @Min(value = 1,
					message = "{events.event.capacity.range}") @Max(value = 100000,
							message = "{events.event.capacity.range}") Integer capacity,
			@NotNull(message = "{events.event.mode.required}") RegistrationMode mode,
			@NotNull(message = "{events.event.fee.required}") @DecimalMin(value = "0",
					message = "{events.event.fee.negative}") @Digits(integer = 6, fraction = 2,
							message = "{events.event.fee.format}") BigDecimal fee,
			@NotNull(message = "{events.event.complimentary.range}") @Min(value = 0,
					message = "{events.event.complimentary.range}") @Max(value = 100,
							message = "{events.event.complimentary.range}") Integer complimentarySeats,
			@DateTimeFormat(iso = ISO.DATE) @SensibleDate LocalDate complimentaryDeadline,
			@NotNull(message = "{events.event.reminder.range}") @Min(value = 0,
					message = "{events.event.reminder.range}") @Max(value = 60,
							message = "{events.event.reminder.range}") Integer reminderDaysBefore) {

		public static EventForm empty(LocalDate today) {
			return new EventForm("", null, null, "", "", "", "", null, null, "", "", today, null, 100,
					RegistrationMode.TEAM, new BigDecimal("50.00"), 4, null, 3);
		}

		public static EventForm of(Event e) {
			return new EventForm(e.getTitle(), e.getKind(), e.getFormat(),
					e.getRegion() == null ? "" : e.getRegion().slug(), e.getVenue(), e.getAddress(), e.getOnlineUrl(),
					e.getStartsAt(), e.getEndsAt(), e.getDescription(), e.getTopics(), e.getRegistrationOpensOn(),
					e.getRegistrationClosesOn(), e.getCapacity(), e.getRegistrationMode(),
					BigDecimal.valueOf(e.getFeeCents()).movePointLeft(2), e.getComplimentarySeats(),
					e.getComplimentaryDeadline(), e.getReminderDaysBefore());
		}

		/**
		 * The rules between the fields (all of them, beside their fields), checked with
		 * the fields' own errors; the kept deadline is the one the event has now.
		 */
		public List<EventRuleViolation> acrossFields(LocalDate keptDeadline, LocalDate today) {
			var broken = new ArrayList<>(EventRules.across(startsAt, endsAt, registrationOpensOn, registrationClosesOn,
					complimentaryDeadline, format, venue, onlineUrl));
			broken.addAll(EventRules.deadline(complimentaryDeadline, keptDeadline, today));
			return broken;
		}

		public EventDetails details() {
			return new EventDetails(title, kind, format, Region.parse(region).orElse(null), venue, address, onlineUrl,
					startsAt, endsAt, description, topics, registrationOpensOn, registrationClosesOn, capacity, mode,
					fee.movePointRight(2).longValueExact(), complimentarySeats, complimentaryDeadline,
					reminderDaysBefore);
		}

	}

	public record IntentForm(@NotNull(message = "{events.register.team.required}") Long teamId,
			@NotNull(message = "{events.register.size.min}") @Min(value = 1,
					message = "{events.register.size.min}") @Max(value = 1000,
							message = "{events.register.size.tooMany}") Integer estimatedSize) {
	}

	public record AttendeeForm(
			@NotBlank(message = "{events.attendee.name.required}") @Size(max = 200,
					message = "{events.attendee.name.tooLong}") String name,
			@jakarta.validation.constraints.Email(message = "{events.attendee.email.invalid}") @Size(max = 320,
					message = "{events.attendee.email.invalid}") String email,
			MemberRole role, Side side, @Size(max = 200, message = "{events.field.tooLong}") String organization,
			@Size(max = 1000, message = "{events.field.tooLong}") String accessibilityNeeds,
			@Size(max = 1000, message = "{events.field.tooLong}") String dietaryNeeds) {

		public static AttendeeForm empty() {
			return new AttendeeForm("", "", null, null, "", "", "");
		}

		/**
		 * The signed-in person registering themselves: their name and address filled in.
		 */
		static AttendeeForm of(SignedInUser user) {
			return new AttendeeForm(user.displayName(), user.email(), null, null, "", "", "");
		}

		public AttendeeDetails details() {
			return new AttendeeDetails(name, email, role, side, organization, accessibilityNeeds, dietaryNeeds);
		}

	}

	public record SizeForm(@NotNull(message = "{events.registration.seats.min}") @Min(value = 1,
			message = "{events.registration.seats.min}") @Max(value = 1000,
					message = "{events.register.size.tooMany}") Integer seats) {
	}

	public record SessionForm(
			@NotBlank(message = "{events.session.title.required}") @Size(max = 200,
					message = "{events.event.title.tooLong}") String title,
			@Size(max = 500, message = "{events.field.tooLong}") String presenters,
			@Size(max = 200, message = "{events.field.tooLong}") String room,
			@NotNull(message = "{events.event.startsAt.required}") @DateTimeFormat(
					iso = ISO.DATE_TIME) @SensibleDate LocalDateTime startsAt,
			@NotNull(message = "{events.event.endsAt.required}") @DateTimeFormat(
					iso = ISO.DATE_TIME) @SensibleDate LocalDateTime endsAt,
			@NotNull(message = "{events.session.capacity.range}") @Min(value = 1,
					message = "{events.session.capacity.range}") @Max(value = 10000,
							message = "{events.session.capacity.range}") Integer capacity) {

		public List<EventRuleViolation> acrossFields() {
			return startsAt != null && endsAt != null && !endsAt.isAfter(startsAt)
					? List.of(new EventRuleViolation("endsAt", "events.session.endsBeforeStart")) : List.of();
		}

		public static SessionForm startingAt(LocalDateTime start) {
			return new SessionForm("", "", "", start, start.plusHours(1), 30);
		}

	}

	public record PaymentForm(@NotNull(message = "{events.payment.action.required}") String action,
			@Digits(integer = 6, fraction = 2, message = "{events.event.fee.format}") BigDecimal adjustment,
			@Size(max = 500, message = "{events.field.tooLong}") String reason) {
	}

}
