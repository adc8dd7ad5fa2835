package app.accord.directory.imports;

import java.time.Instant;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ImportFileRepository extends JpaRepository<ImportFile, UUID> {

	@Modifying
	@Query("delete from ImportFile f where f.uploadedAt < :before")
	int deleteUploadedBefore(Instant before);

}
