package app.accord.shared;

/**
 * Something a request named does not exist (or the caller may not know it exists):
 * answered with 404.
 */
public class NotFoundException extends RuntimeException {

	public NotFoundException(String message) {
		super(message);
	}

}
