package app.accord.surveys.answers;

/** A checked response waiting to be stored. */
public record PendingResponse(long administrationId, String lea, CheckedResponse checked) {
}
