package app.accord.library.uploads;

/**
 * The kinds of file the library accepts, recognised by their first bytes, never by their
 * name.
 */
public enum FileType {

	PDF("application/pdf", "pdf"),
	DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
	PPTX("application/vnd.openxmlformats-officedocument.presentationml.presentation", "pptx"),
	XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"), PNG("image/png", "png"),
	JPEG("image/jpeg", "jpg"), GIF("image/gif", "gif");

	private final String mediaType;

	private final String extension;

	FileType(String mediaType, String extension) {
		this.mediaType = mediaType;
		this.extension = extension;
	}

	public String mediaType() {
		return mediaType;
	}

	public String extension() {
		return extension;
	}

	public boolean hasText() {
		return this == PDF || this == DOCX || this == PPTX || this == XLSX;
	}

}
