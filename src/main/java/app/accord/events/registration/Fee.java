package app.accord.events.registration;

/**
 * What a registration owes: seats beyond the complimentary ones at the per-person fee,
 * plus any staff adjustment (never below zero).
 */
public record Fee(int seats, int complimentarySeats, int paidSeats, long feeCents, long adjustmentCents,
		long amountDueCents) {

	public static Fee of(int seats, int complimentaryAllowance, long feeCents, long adjustmentCents, boolean waived) {
		var complimentary = Math.min(seats, complimentaryAllowance);
		var paid = seats - complimentary;
		var due = waived ? 0 : Math.max(0, paid * feeCents + adjustmentCents);
		return new Fee(seats, complimentary, paid, feeCents, adjustmentCents, due);
	}

	public static String dollars(long cents) {
		return String.format(java.util.Locale.ROOT, "$%d.%02d", cents / 100, Math.abs(cents % 100));
	}

}
