package app.accord.networks.network;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * One stretch of an LEA's voluntary participation in a network, from the day it joined to
 * the day it left.
 */
@Entity
@Table(name = "network_member")
public class NetworkMember {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "network_id")
	private Network network;

	private String leaCdsCode;

	private LocalDate joinedOn;

	private LocalDate leftOn;

	protected NetworkMember() {
	}

	NetworkMember(Network network, String leaCdsCode, LocalDate joinedOn) {
		this.network = network;
		this.leaCdsCode = leaCdsCode;
		this.joinedOn = joinedOn;
	}

	/**
	 * A member on that day: joined on or before it and not yet left (leaving takes effect
	 * on the left date).
	 */
	boolean isMemberOn(LocalDate day) {
		return !joinedOn.isAfter(day) && (leftOn == null || leftOn.isAfter(day));
	}

	boolean isCurrent() {
		return leftOn == null;
	}

	void leave(LocalDate leftOn) {
		if (this.leftOn != null) {
			throw new NetworkRuleViolation("leftOn", "networks.member.alreadyLeft", this.leftOn);
		}
		if (leftOn.isBefore(joinedOn)) {
			throw new NetworkRuleViolation("leftOn", "networks.member.leftBeforeJoined", joinedOn);
		}
		this.leftOn = leftOn;
	}

	Long getId() {
		return id;
	}

	public String getLeaCdsCode() {
		return leaCdsCode;
	}

	public LocalDate getJoinedOn() {
		return joinedOn;
	}

	LocalDate getLeftOn() {
		return leftOn;
	}

}
