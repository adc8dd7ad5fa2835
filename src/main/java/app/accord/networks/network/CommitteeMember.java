package app.accord.networks.network;

import app.accord.teams.Side;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A person on the network's regional planning committee, with their role and side. */
@Entity
@Table(name = "network_committee_member")
class CommitteeMember {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "network_id")
	private Network network;

	private String name;

	private String email;

	private String role;

	@Enumerated(EnumType.STRING)
	private Side side;

	private String organization;

	protected CommitteeMember() {
	}

	CommitteeMember(Network network, String name, String email, String role, Side side, String organization) {
		this.network = network;
		this.name = name.trim();
		this.email = Network.blankToNull(email);
		this.role = role.trim();
		this.side = side;
		this.organization = Network.blankToNull(organization);
	}

	Long getId() {
		return id;
	}

	String getName() {
		return name;
	}

	String getEmail() {
		return email;
	}

	String getRole() {
		return role;
	}

	Side getSide() {
		return side;
	}

	String getOrganization() {
		return organization;
	}

}
