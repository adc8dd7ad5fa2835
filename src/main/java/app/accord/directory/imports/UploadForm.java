package app.accord.directory.imports;

import jakarta.validation.constraints.NotNull;

import org.springframework.web.multipart.MultipartFile;

/** The re-import form: one file, checked for size and content by the import itself. */
record UploadForm(@NotNull(message = "{directory.import.file.missing}") MultipartFile file) {

}
