package app.accord.networks.internal;

/** What an organization is to a network. */
enum PartnerRole {

	FUNDER, PARTNER;

	public String messageKey() {
		return "networks.partner." + name();
	}

}
