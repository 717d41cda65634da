package th.go.cdd.clickreport.archive;

import java.nio.charset.StandardCharsets;
import java.time.YearMonth;

import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

import th.go.cdd.clickreport.audit.Action;
import th.go.cdd.clickreport.audit.AuditLog;
import th.go.cdd.clickreport.user.ClickUser;

/**
 * Sends an archived file to whoever may read it (the pages and the API alike) and audits
 * it.
 */
@Component
class ArchiveDownloads {

	private final ReportArchive archive;

	private final AuditLog audit;

	ArchiveDownloads(ReportArchive archive, AuditLog audit) {
		this.archive = archive;
		this.audit = audit;
	}

	/**
	 * A reader limited to a province (or a district of it) gets 404 for another
	 * province's archive, as if it did not exist.
	 */
	static void checkProvince(Authentication who, String province) {
		String limit = ClickUser.provinceOf(who);
		if (limit != null && !limit.equals(province)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, "ไม่มีรายงานของจังหวัดนี้ที่บัญชีนี้เปิดได้");
		}
	}

	/**
	 * @param attachment whether the browser should save the file rather than show it
	 * @throws ResponseStatusException 404 when the reader may not open the file or it
	 * does not exist
	 * @throws ReportArchive.BadArchivePath (400) when the request is not of the archive's
	 * forms
	 */
	ResponseEntity<Resource> send(String province, String month, String name, boolean attachment, Authentication who,
			String remoteAddr) {
		checkProvince(who, province);
		String district = ClickUser.districtOf(who);
		ReportArchive.ArchivedFile file = archive.find(province, month, name, district)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
					"ไม่มีไฟล์นี้ในคลังรายงานที่บัญชีนี้เปิดได้"));
		FileSystemResource resource = new FileSystemResource(archive.pathOf(province, month, file));
		audit.record(AuditLog.Entry.of(who.getName(), Action.DOWNLOAD)
			.month(province, YearMonth.parse(month))
			.detail(file.name())
			.from(remoteAddr));
		ContentDisposition disposition = (attachment ? ContentDisposition.attachment() : ContentDisposition.inline())
			.filename(file.name(), StandardCharsets.UTF_8)
			.build();
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.contentType()))
			.contentLength(file.size())
			.header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(resource);
	}

}
