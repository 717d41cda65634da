package th.go.cdd.clickreport.reporting;

import java.io.IOException;
import java.io.InputStream;
import java.time.YearMonth;
import java.util.List;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;

import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import th.go.cdd.clickreport.reporting.ReportException.Kind;
import th.go.cdd.clickreport.submission.EntrySource;
import th.go.cdd.clickreport.submission.HeaderRules;
import th.go.cdd.clickreport.user.ClickUser;
import tools.jackson.databind.json.JsonMapper;

/**
 * The online reporting API (SPEC §9), HTTP Basic like {@code /api/runs}. Bodies are read
 * as text and parsed here, so that a body that is not JSON is a 400 and a wrong value a
 * 422 naming its field ({@link ReportJson}); who may do what is the service's
 * ({@link OnlineReports}).
 */
@RestController
@RequestMapping("/api/submissions")
class OnlineReportRestController {

	private final OnlineReports reports;

	private final JsonMapper json;

	OnlineReportRestController(OnlineReports reports, JsonMapper json) {
		this.reports = reports;
		this.json = json;
	}

	@GetMapping
	ReportJson.Overview overview(@AuthenticationPrincipal ClickUser user,
			@RequestParam(required = false) String province, @RequestParam String month) {
		return ReportJson.Overview.of(reports.overview(user, province, month(month)));
	}

	@GetMapping("/{district}/{month}")
	ReportJson.Report get(@AuthenticationPrincipal ClickUser user, @PathVariable String district,
			@PathVariable String month) {
		return ReportJson.Report.of(reports.view(user, district, month(month)));
	}

	@GetMapping("/{district}/{month}/versions/{version}")
	ReportJson.Content version(@AuthenticationPrincipal ClickUser user, @PathVariable String district,
			@PathVariable String month, @PathVariable int version) {
		return ReportJson.Content.of(reports.versionContent(user, district, month(month), version));
	}

	@PutMapping("/{district}/{month}")
	ReportJson.Saved put(@AuthenticationPrincipal ClickUser user, @PathVariable String district,
			@PathVariable String month, @RequestBody(required = false) String body) {
		ReportJson.SaveRequest request = ReportJson.saveRequest(ReportJson.parse(json, body));
		return ReportJson.Saved
			.of(reports.save(user, district, month(month), request.content(), request.submit(), request.version()));
	}

	/**
	 * Checks a body as PUT would, stores nothing: errors, warnings and the projected
	 * grade.
	 */
	@PostMapping("/{district}/{month}/check")
	ReportJson.Checked check(@AuthenticationPrincipal ClickUser user, @PathVariable String district,
			@PathVariable String month, @RequestBody(required = false) String body) {
		ReportJson.SaveRequest request = ReportJson.saveRequest(ReportJson.parse(json, body));
		OnlineReports.Check check = reports.check(user, district, month(month), request.content());
		return new ReportJson.Checked(check.errors(), check.warnings(), ReportJson.ProjectedJson.of(check.projected()));
	}

	@PostMapping("/{district}/{month}/return")
	ReportJson.Saved returnReport(@AuthenticationPrincipal ClickUser user, @PathVariable String district,
			@PathVariable String month, @RequestBody(required = false) String body) {
		ReportJson.DecisionRequest request = ReportJson.decisionRequest(json, body);
		return ReportJson.Saved
			.of(reports.returnReport(user, district, month(month), request.reason(), request.version()));
	}

	@PostMapping("/{district}/{month}/accept")
	ReportJson.Saved accept(@AuthenticationPrincipal ClickUser user, @PathVariable String district,
			@PathVariable String month, @RequestBody(required = false) String body) {
		ReportJson.DecisionRequest request = ReportJson.decisionRequest(json, body);
		return ReportJson.Saved.of(reports.accept(user, district, month(month), request.version()));
	}

	@PostMapping("/{district}/{month}/reopen")
	ReportJson.Saved reopen(@AuthenticationPrincipal ClickUser user, @PathVariable String district,
			@PathVariable String month, @RequestBody(required = false) String body) {
		ReportJson.DecisionRequest request = ReportJson.decisionRequest(json, body);
		return ReportJson.Saved.of(reports.reopen(user, district, month(month), request.version()));
	}

	// ---- photos

	/**
	 * A photo of activity n: the image as the request body (Content-Type image/jpeg or
	 * image/png, or any: the content decides), or a multipart form with the file in part
	 * "photo". Streamed to disk.
	 */
	@PostMapping("/{district}/{month}/activities/{activity}/photos")
	ResponseEntity<ReportJson.Photo> addPhoto(@AuthenticationPrincipal ClickUser user, @PathVariable String district,
			@PathVariable String month, @PathVariable String activity, HttpServletRequest request) throws IOException {
		YearMonth m = month(month);
		int n = activityNo(activity);
		try (InputStream in = photoStream(request)) {
			ReportView.PhotoInfo photo = reports.addPhoto(user, district, m, n, in);
			return ResponseEntity.status(201).body(ReportJson.Photo.of(photo));
		}
	}

	@GetMapping("/{district}/{month}/activities/{activity}/photos")
	List<ReportJson.Photo> photos(@AuthenticationPrincipal ClickUser user, @PathVariable String district,
			@PathVariable String month, @PathVariable String activity) {
		int n = activityNo(activity);
		return reports.view(user, district, month(month))
			.photos()
			.stream()
			.filter(p -> p.activityNo() == n)
			.map(ReportJson.Photo::of)
			.toList();
	}

	@GetMapping("/{district}/{month}/activities/{activity}/photos/{id}")
	ResponseEntity<Resource> photo(@AuthenticationPrincipal ClickUser user, @PathVariable String district,
			@PathVariable String month, @PathVariable String activity, @PathVariable String id) {
		OnlineReports.PhotoFile photo = reports.photo(user, district, month(month), activityNo(activity), photoId(id));
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(photo.contentType()))
			.contentLength(photo.sizeBytes())
			.cacheControl(CacheControl.noCache().cachePrivate())
			.header("X-Content-Type-Options", "nosniff")
			.header("Content-Disposition", "inline")
			.body(new FileSystemResource(photo.file()));
	}

	@DeleteMapping("/{district}/{month}/activities/{activity}/photos/{id}")
	ResponseEntity<Void> deletePhoto(@AuthenticationPrincipal ClickUser user, @PathVariable String district,
			@PathVariable String month, @PathVariable String activity, @PathVariable String id) {
		reports.deletePhoto(user, district, month(month), activityNo(activity), photoId(id));
		return ResponseEntity.noContent().build();
	}

	private static InputStream photoStream(HttpServletRequest request) throws IOException {
		String type = request.getContentType();
		if (type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/")) {
			try {
				Part part = request.getPart("photo");
				if (part == null) {
					throw new ReportException(Kind.INVALID, "photo", "ไม่พบไฟล์รูปในส่วน \"photo\" ของฟอร์ม");
				}
				return part.getInputStream();
			}
			catch (ServletException ex) {
				throw new ReportException(Kind.UNREADABLE, "photo", "อ่านฟอร์มที่แนบรูปมาไม่ได้");
			}
		}
		return request.getInputStream();
	}

	private static YearMonth month(String raw) {
		YearMonth month = HeaderRules.month(raw, EntrySource.FORM).value();
		if (month == null) {
			throw new ReportException(Kind.INVALID, "month",
					"เดือน \"" + raw + "\" ไม่ใช่เดือนที่ถูกต้อง (ใช้รูปแบบ YYYY-MM เช่น 2024-05)");
		}
		return month;
	}

	private static int activityNo(String raw) {
		try {
			return Integer.parseInt(raw);
		}
		catch (NumberFormatException ex) {
			throw new ReportException(Kind.NOT_FOUND, "activityNo", "ไม่มีกิจกรรมที่ \"" + raw + "\"");
		}
	}

	private static long photoId(String raw) {
		try {
			return Long.parseLong(raw);
		}
		catch (NumberFormatException ex) {
			throw new ReportException(Kind.NOT_FOUND, "photo", "ไม่มีรูปหมายเลข \"" + raw + "\"");
		}
	}

}
