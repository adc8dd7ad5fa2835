package app.accord.networks;

/** What other modules know about a regional network. */
public record NetworkSummary(long id, String name) {

}
