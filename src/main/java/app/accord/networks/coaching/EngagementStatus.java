package app.accord.networks.coaching;

/** Where a coaching engagement stands. */
public enum EngagementStatus {

	PROPOSED, ACTIVE, COMPLETED, CANCELLED;

	public String messageKey() {
		return "networks.engagement.status." + name();
	}

	/** Statuses it may move to. */
	boolean mayBecome(EngagementStatus next) {
		return switch (this) {
			case PROPOSED -> next == ACTIVE || next == CANCELLED;
			case ACTIVE -> next == COMPLETED || next == CANCELLED;
			case COMPLETED, CANCELLED -> false;
		};
	}

}
