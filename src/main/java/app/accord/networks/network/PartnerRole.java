package app.accord.networks.network;

/** What an organization is to a network. */
public enum PartnerRole {

	FUNDER, PARTNER;

	public String messageKey() {
		return "networks.partner." + name();
	}

}
