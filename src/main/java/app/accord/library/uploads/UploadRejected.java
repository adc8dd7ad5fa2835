package app.accord.library.uploads;

/** An upload the library refuses, with the message key that says why. */
public class UploadRejected extends Exception {

	private final String messageKey;

	private final transient Object[] arguments;

	UploadRejected(String messageKey, Object... arguments) {
		super(messageKey);
		this.messageKey = messageKey;
		this.arguments = arguments;
	}

	public String messageKey() {
		return messageKey;
	}

	public Object[] arguments() {
		return arguments;
	}

}
