package app.accord.networks.network;

/**
 * What the controllers of the networks API share: their tag in the API's documentation.
 */
public final class NetworksApi {

	public static final String TAG = "Networks";

	public static final String DESCRIPTION = "Regional networks, their dashboard, and coaching engagements";

	private NetworksApi() {
	}

}
