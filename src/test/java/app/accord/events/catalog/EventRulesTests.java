package app.accord.events.catalog;

import app.accord.events.EventMother;
import app.accord.events.registration.Fee;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Rules of an event and its fees, without a database. */
class EventRulesTests {

	@Test
	void seatsBeyondTheComplimentaryOnesArePaid() {
		var fee = Fee.of(6, 4, 5000, 0, false);
		assertThat(fee.complimentarySeats()).isEqualTo(4);
		assertThat(fee.paidSeats()).isEqualTo(2);
		assertThat(fee.amountDueCents()).isEqualTo(10000);
		assertThat(Fee.of(3, 4, 5000, 0, false).amountDueCents()).isZero();
		assertThat(Fee.of(3, 0, 5000, 0, false).amountDueCents()).isEqualTo(15000);
	}

	@Test
	void anAdjustmentNeverMakesTheAmountNegativeAndAWaiverMakesItZero() {
		assertThat(Fee.of(6, 4, 5000, -20000, false).amountDueCents()).isZero();
		assertThat(Fee.of(6, 4, 5000, 2500, false).amountDueCents()).isEqualTo(12500);
		assertThat(Fee.of(6, 4, 5000, 0, true).amountDueCents()).isZero();
		assertThat(Fee.dollars(12550)).isEqualTo("$125.50");
	}

	@Test
	void complimentarySeatsAreSecuredUntilTheDeadlineInclusive() {
		var event = EventMother.event().build();
		var deadline = event.getComplimentaryDeadline();
		assertThat(event.complimentaryAllowanceOn(deadline)).isEqualTo(4);
		assertThat(event.complimentaryAllowanceOn(deadline.plusDays(1))).isZero();
	}

	@Test
	void badEventDetailsAreRefusedAtTheirField() {
		var d = EventMother.event().details();
		assertThatThrownBy(
				() -> new Event(
						new EventDetails(d.title(), d.kind(), d.format(), d.region(), d.venue(), d.address(),
								d.onlineUrl(), d.startsAt(), d.startsAt().minusHours(1), d.description(), d.topics(),
								d.registrationOpensOn(), d.registrationClosesOn(), d.capacity(), d.mode(), d.feeCents(),
								d.complimentarySeats(), d.complimentaryDeadline(), d.reminderDaysBefore()),
						Instant.EPOCH))
			.isInstanceOfSatisfying(EventRuleViolation.class, ex -> assertThat(ex.field()).isEqualTo("endsAt"));
		assertThatThrownBy(
				() -> new Event(
						new EventDetails(d.title(), d.kind(), d.format(), d.region(), d.venue(), d.address(),
								d.onlineUrl(), d.startsAt(), d.endsAt(), d.description(), d.topics(),
								d.registrationOpensOn(), d.registrationClosesOn(), d.capacity(), d.mode(), -1,
								d.complimentarySeats(), d.complimentaryDeadline(), d.reminderDaysBefore()),
						Instant.EPOCH))
			.isInstanceOfSatisfying(EventRuleViolation.class, ex -> assertThat(ex.field()).isEqualTo("fee"));
		assertThatThrownBy(() -> new Event(new EventDetails(d.title(), d.kind(), EventFormat.ONLINE, d.region(),
				d.venue(), d.address(), null, d.startsAt(), d.endsAt(), d.description(), d.topics(),
				d.registrationOpensOn(), d.registrationClosesOn(), d.capacity(), d.mode(), d.feeCents(),
				d.complimentarySeats(), d.complimentaryDeadline(), d.reminderDaysBefore()), Instant.EPOCH))
			.isInstanceOfSatisfying(EventRuleViolation.class, ex -> assertThat(ex.field()).isEqualTo("onlineUrl"));
	}

	@Test
	void capacityNeverDropsBelowTheSeatsTaken() {
		var event = EventMother.event().capacity(10).build();
		event.takeSeats(8);
		var d = event.details();
		assertThatThrownBy(() -> event.apply(new EventDetails(d.title(), d.kind(), d.format(), d.region(), d.venue(),
				d.address(), d.onlineUrl(), d.startsAt(), d.endsAt(), d.description(), d.topics(),
				d.registrationOpensOn(), d.registrationClosesOn(), 6, d.mode(), d.feeCents(), d.complimentarySeats(),
				d.complimentaryDeadline(), d.reminderDaysBefore())))
			.isInstanceOfSatisfying(EventRuleViolation.class, ex -> assertThat(ex.field()).isEqualTo("capacity"));
	}

}
