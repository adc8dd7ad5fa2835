package app.accord.library.internal;

/** An upload the library refuses, with the message key that says why. */
class UploadRejected extends Exception {

	private final String messageKey;

	private final transient Object[] arguments;

	UploadRejected(String messageKey, Object... arguments) {
		super(messageKey);
		this.messageKey = messageKey;
		this.arguments = arguments;
	}

	String messageKey() {
		return messageKey;
	}

	Object[] arguments() {
		return arguments;
	}

}
