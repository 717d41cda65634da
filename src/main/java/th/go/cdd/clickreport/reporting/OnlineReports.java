package th.go.cdd.clickreport.reporting;

import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import th.go.cdd.clickreport.audit.Action;
import th.go.cdd.clickreport.audit.AuditLog;
import th.go.cdd.clickreport.common.BangkokTime;
import th.go.cdd.clickreport.common.ThaiFormat;
import th.go.cdd.clickreport.grade.Grades;
import th.go.cdd.clickreport.rubric.RubricRepository;
import th.go.cdd.clickreport.reporting.DistrictDirectory.District;
import th.go.cdd.clickreport.reporting.OnlineReportRepository.Report;
import th.go.cdd.clickreport.reporting.OnlineReportRepository.Version;
import th.go.cdd.clickreport.reporting.ReportException.Kind;
import th.go.cdd.clickreport.rubric.DistrictMonth;
import th.go.cdd.clickreport.rubric.Grader;
import th.go.cdd.clickreport.rubric.Rubric;
import th.go.cdd.clickreport.rubric.SubmissionStatus;
import th.go.cdd.clickreport.rubric.ThaiText;
import th.go.cdd.clickreport.submission.ImportedSubmissions;
import th.go.cdd.clickreport.submission.OnlineSubmissions;
import th.go.cdd.clickreport.submission.PrChannel;
import th.go.cdd.clickreport.user.ClickUser;
import th.go.cdd.clickreport.user.Role;
import tools.jackson.databind.json.JsonMapper;

/**
 * Online reporting (SPEC §9): what the REST API and the pages call. Every method takes
 * the signed-in user and checks their limit first (a REPORTER their district; an ADMIN or
 * VIEWER their province when set, a VIEWER never changes anything); refusals are
 * {@link ReportException}s that say in Thai why, and nothing is changed by a refused
 * call. Every change of a report is a new version (who, when, state, content), guarded by
 * the version the caller read, and is audited.
 */
@Service
public class OnlineReports {

	private static final Logger log = LoggerFactory.getLogger(OnlineReports.class);

	/** SPEC §9: 5 photos an activity. */
	public static final int MAX_PHOTOS_PER_ACTIVITY = 5;

	private static final int MAX_REASON = 1000;

	private final OnlineReportRepository reports;

	private final DistrictDirectory areas;

	private final RubricRepository rubrics;

	private final OnlineSubmissions submissions;

	private final ImportedSubmissions submissionsRead;

	private final PhotoStore photos;

	private final AuditLog audit;

	private final Clock clock;

	private final JsonMapper json;

	OnlineReports(OnlineReportRepository reports, DistrictDirectory areas, RubricRepository rubrics,
			OnlineSubmissions submissions, ImportedSubmissions submissionsRead, PhotoStore photos, AuditLog audit,
			Clock clock, JsonMapper json) {
		this.reports = reports;
		this.submissionsRead = submissionsRead;
		this.areas = areas;
		this.rubrics = rubrics;
		this.submissions = submissions;
		this.photos = photos;
		this.audit = audit;
		this.clock = clock;
		this.json = json;
	}

	// ---- reading

	/**
	 * The report of {@code district} for {@code month}: latest version, history,
	 * projection (an empty one before anything was saved).
	 */
	@Transactional(readOnly = true)
	public ReportView view(ClickUser user, String district, YearMonth month) {
		District d = readable(user, district);
		Rubric rubric = rubric(month);
		Report report = reports.find(d.code(), month).orElse(null);
		ReportContent content = report == null ? ReportContent.empty()
				: content(reports.version(report.id(), report.version()).orElseThrow());
		return view(user, d, month, rubric, report, content);
	}

	/** The content of one version of the report, as it was saved. */
	@Transactional(readOnly = true)
	public ReportContent versionContent(ClickUser user, String district, YearMonth month, int version) {
		District d = readable(user, district);
		Report report = reports.find(d.code(), month).orElseThrow(() -> noReport(d, month));
		return reports.version(report.id(), version)
			.map(this::content)
			.orElseThrow(() -> new ReportException(Kind.NOT_FOUND, "version",
					"รายงานนี้ไม่มีฉบับที่ " + version + " (ฉบับล่าสุดคือฉบับที่ " + report.version() + ")"));
	}

	/**
	 * Checks {@code content} without storing it: the errors that would keep it from being
	 * submitted, the warnings, and the grade it would earn now (for the form while it is
	 * being filled).
	 */
	@Transactional(readOnly = true)
	public Check check(ClickUser user, String district, YearMonth month, ReportContent content) {
		District d = readable(user, district);
		Rubric rubric = rubric(month);
		ReportChecker.Result result = checkContent(d, month, rubric, content, false);
		return new Check(result.errors(), result.warnings(), project(d, month, rubric, result, clock.instant()));
	}

	/** What {@link #check} found. */
	public record Check(List<FieldError> errors, List<FieldError> warnings, Projection projected) {
	}

	/**
	 * Every district of a province for a month, with the province's completeness and
	 * timeliness.
	 */
	@Transactional(readOnly = true)
	public ProvinceOverview overview(ClickUser user, String requestedProvince, YearMonth month) {
		if (user.role() == Role.REPORTER) {
			throw new ReportException(Kind.FORBIDDEN, null,
					"ผู้รายงานระดับอำเภอดูภาพรวมของจังหวัดไม่ได้ เปิดได้เฉพาะรายงานของอำเภอตนเอง");
		}
		String province = requestedProvince == null || requestedProvince.isBlank() ? user.provinceCode()
				: requestedProvince.strip();
		{
			if (province == null) {
				throw new ReportException(Kind.INVALID, "province", "ต้องระบุจังหวัด (province) เช่น province=57");
			}
		}
		if (user.provinceCode() != null && !user.provinceCode().equals(province)) {
			throw new ReportException(Kind.FORBIDDEN, "province", "บัญชีนี้จำกัดเฉพาะจังหวัด " + user.provinceCode()
					+ " จึงดูภาพรวมของจังหวัด " + province + " ไม่ได้");
		}
		String name = areas.provinceName(province)
			.orElseThrow(() -> new ReportException(Kind.NOT_FOUND, "province", "ไม่มีจังหวัดรหัส " + province));
		Rubric rubric = rubric(month);
		List<District> districts = areas.ofProvince(province)
			.stream()
			.filter(d -> user.districtCode() == null || user.districtCode().equals(d.code()))
			.toList();
		Map<String, Report> byDistrict = reports.ofDistricts(districts.stream().map(District::code).toList(), month)
			.stream()
			.collect(Collectors.toMap(Report::districtCode, Function.identity()));
		Map<String, Grades.Graded> graded = areas.graded(province, month);
		Map<String, ImportedSubmissions.Counting> counting = submissionsRead
			.counting(districts.stream().map(District::code).toList(), month);
		Instant deadline = Grader.deadlineExclusive(rubric, month);
		List<ProvinceOverview.DistrictRow> rows = new ArrayList<>();
		int submitted = 0, onTime = 0, late = 0, returned = 0, accepted = 0, drafts = 0, notStarted = 0;
		Map<String, String> subdistrictDistrict = areas.subdistrictDistrict();
		for (District d : districts) {
			Report r = byDistrict.get(d.code());
			Grades.Graded g = graded.get(d.code());
			ImportedSubmissions.Counting c = counting.get(d.code());
			String projectedLevel = null;
			Integer projectedScore = null;
			ReportState state = c == null ? ReportState.NOT_STARTED : ReportState.SUBMITTED;
			if (r != null) {
				state = r.state();
				ReportContent content = content(reports.version(r.id(), r.version()).orElseThrow());
				ReportChecker.Result result = ReportChecker.check(d.code(), month, rubric, subdistrictCodes(d),
						subdistrictDistrict, content, true);
				Projection p = project(d, month, rubric, result,
						r.submittedAt() != null ? r.submittedAt() : clock.instant());
				projectedLevel = p.level();
				projectedScore = p.score();
			}
			// what the monthly job would grade: the submission that counts, online or
			// imported (SPEC §5)
			SubmissionStatus status = null;
			ReportSource source = null;
			if (c != null) {
				source = c.online() ? ReportSource.ONLINE : ReportSource.IMPORTED;
				status = !c.gradable() ? SubmissionStatus.INVALID
						: c.submittedAt().isBefore(deadline) ? SubmissionStatus.SUBMITTED : SubmissionStatus.LATE;
				if (status != SubmissionStatus.INVALID) {
					submitted++;
					if (status == SubmissionStatus.LATE) {
						late++;
					}
					else {
						onTime++;
					}
				}
			}
			switch (state) {
				case NOT_STARTED -> notStarted++;
				case DRAFT -> drafts++;
				case RETURNED -> returned++;
				case ACCEPTED -> accepted++;
				default -> {
				}
			}
			rows.add(new ProvinceOverview.DistrictRow(d.code(), d.nameTh(), state, status,
					c == null ? null : c.submittedAt(), r == null ? null : r.version(), projectedLevel, projectedScore,
					g == null ? null : g.level(), g == null ? null : g.score(), g == null ? null : g.status(), source));
		}
		int n = districts.size();
		return new ProvinceOverview(province, name, month, n, submitted, onTime, late, returned, accepted, drafts,
				notStarted, percent(submitted, n), percent(onTime, n), rows);
	}

	// ---- changing

	/**
	 * Saves a new version: a draft, or with {@code submit} the report as submitted
	 * (graded from now on, stamped with the server's clock, SUBMITTED or LATE by the
	 * month's rubric).
	 * @param expectedVersion the version the caller read (null for a report not saved
	 * before)
	 * @throws ReportException FORBIDDEN beyond the user's limit; INVALID with every wrong
	 * field (a draft may leave fields blank); CONFLICT when the report is accepted or
	 * {@code expectedVersion} is not the latest
	 */
	@Transactional
	public ReportView save(ClickUser user, String district, YearMonth month, ReportContent content, boolean submit,
			Integer expectedVersion) {
		District d = writable(user, district);
		Rubric rubric = rubric(month);
		Report report = reports.find(d.code(), month).orElse(null);
		requireLatest(d, month, report, expectedVersion);
		if (report != null && report.state() == ReportState.ACCEPTED) {
			throw locked(d, month, report);
		}
		ReportChecker.Result result = checkContent(d, month, rubric, content, !submit);
		if (!result.ok()) {
			throw new ReportException(Kind.INVALID, result.errors());
		}
		Instant now = clock.instant();
		int next = report == null ? 1 : report.version() + 1;
		ReportState state = submit ? ReportState.SUBMITTED : ReportState.DRAFT;
		OnlineReportRepository.Submit submitted = null;
		if (submit) {
			SubmissionStatus status = now.isBefore(Grader.deadlineExclusive(rubric, month)) ? SubmissionStatus.SUBMITTED
					: SubmissionStatus.LATE;
			long submissionId = submissions.store(sourceId(d.code(), month, next), next, d.code(), month, now,
					result.entries());
			submitted = new OnlineReportRepository.Submit(submissionId, now, status);
		}
		Version version = new Version(next, state, user.getUsername(), now, null,
				submitted == null ? null : submitted.submissionId(), json.writeValueAsString(content));
		if (report == null) {
			try {
				reports.create(d.code(), month, state, version, submitted == null ? null : submitted.submissionId(),
						submitted == null ? null : now, submitted == null ? null : submitted.status());
			}
			catch (DuplicateKeyException ex) {
				// stored by someone else since this caller read it: say who, in a fresh
				// transaction's view
				throw stale(d, month, reports.find(d.code(), month).orElseThrow(), null);
			}
		}
		else {
			String returnReason = submit ? null : report.returnReason();
			if (!reports.advance(report.id(), report.version(), version, returnReason, submitted)) {
				throw stale(d, month, reports.find(d.code(), month).orElseThrow(), report.version());
			}
			if (submit && report.returnReason() != null) {
				submissions.setInvalidReason(reports.submissionIds(report.id()), null);
			}
		}
		audit.record(now,
				AuditLog.Entry.of(user.getUsername(), submit ? Action.REPORT_SUBMITTED : Action.REPORT_DRAFT)
					.from(clientAddress())
					.month(d.provinceCode(), month)
					.detail("อำเภอ " + d.code() + " ฉบับที่ " + next
							+ (submitted == null ? "" : " " + submitted.status().name())));
		log.info("Online report of district {} for {} (province {}): version {} {} by {}", d.code(), month,
				d.provinceCode(), next, state, user.getUsername());
		Report stored = reports.find(d.code(), month).orElseThrow();
		return view(user, d, month, rubric, stored, content);
	}

	/**
	 * The province sends a submitted report back with a reason: until the district
	 * submits again, a run grades it INVALID with that reason.
	 */
	@Transactional
	public ReportView returnReport(ClickUser user, String district, YearMonth month, String reason,
			Integer expectedVersion) {
		String why = reason == null ? "" : reason.strip();
		if (why.isEmpty()) {
			throw new ReportException(Kind.INVALID, "reason", "ต้องระบุเหตุผลที่ส่งรายงานกลับให้แก้ไข");
		}
		if (why.codePointCount(0, why.length()) > MAX_REASON) {
			throw new ReportException(Kind.INVALID, "reason", "เหตุผลยาวเกิน " + MAX_REASON + " ตัวอักษร");
		}
		return decide(user, district, month, expectedVersion, ReportState.SUBMITTED, ReportState.RETURNED, why,
				Action.REPORT_RETURNED, "ส่งกลับได้เฉพาะรายงานที่ส่งแล้ว");
	}

	/** The province accepts a submitted report: locked until it reopens it. */
	@Transactional
	public ReportView accept(ClickUser user, String district, YearMonth month, Integer expectedVersion) {
		return decide(user, district, month, expectedVersion, ReportState.SUBMITTED, ReportState.ACCEPTED, null,
				Action.REPORT_ACCEPTED, "รับรองได้เฉพาะรายงานที่ส่งแล้ว");
	}

	/**
	 * The province reopens an accepted report: submitted again, and the district may
	 * change it.
	 */
	@Transactional
	public ReportView reopen(ClickUser user, String district, YearMonth month, Integer expectedVersion) {
		return decide(user, district, month, expectedVersion, ReportState.ACCEPTED, ReportState.SUBMITTED, null,
				Action.REPORT_REOPENED, "เปิดให้แก้ไขได้เฉพาะรายงานที่รับรองแล้ว");
	}

	private ReportView decide(ClickUser user, String district, YearMonth month, Integer expectedVersion,
			ReportState from, ReportState to, String reason, Action action, String onlyWhen) {
		District d = decidable(user, district);
		Rubric rubric = rubric(month);
		Report report = reports.find(d.code(), month).orElseThrow(() -> noReport(d, month));
		if (expectedVersion != null && expectedVersion != report.version()) {
			throw stale(d, month, report, expectedVersion);
		}
		if (report.state() != from) {
			throw new ReportException(Kind.CONFLICT, "state", "รายงานของอำเภอ" + d.nameTh() + " เดือน"
					+ ThaiFormat.month(month) + " อยู่ในสถานะ" + report.state().labelTh() + " " + onlyWhen);
		}
		Version latest = reports.version(report.id(), report.version()).orElseThrow();
		Instant now = clock.instant();
		int next = report.version() + 1;
		Version version = new Version(next, to, user.getUsername(), now, reason, null, latest.content());
		String returnReason = to == ReportState.RETURNED ? reason : report.returnReason();
		if (!reports.advance(report.id(), report.version(), version, returnReason, null)) {
			throw stale(d, month, reports.find(d.code(), month).orElseThrow(), report.version());
		}
		if (to == ReportState.RETURNED) {
			submissions.setInvalidReason(reports.submissionIds(report.id()), "จังหวัดส่งรายงานกลับให้แก้ไข: " + reason);
		}
		audit.record(now,
				AuditLog.Entry.of(user.getUsername(), action)
					.from(clientAddress())
					.month(d.provinceCode(), month)
					.detail("อำเภอ " + d.code() + " ฉบับที่ " + next + (reason == null ? "" : ": " + reason)));
		log.info("Online report of district {} for {} (province {}): version {} {} by {}", d.code(), month,
				d.provinceCode(), next, to, user.getUsername());
		return view(user, d, month, rubric, reports.find(d.code(), month).orElseThrow(), content(latest));
	}

	// ---- photos

	/**
	 * Stores a photo of activity {@code activityNo} (1 = the report's first activity in
	 * its latest version), streamed from {@code in}.
	 * @throws ReportException INVALID when not a JPEG or PNG by content, over 5 MB, the
	 * activity has 5 photos already or no such activity; CONFLICT when the report is
	 * accepted
	 */
	@Transactional
	public ReportView.PhotoInfo addPhoto(ClickUser user, String district, YearMonth month, int activityNo,
			InputStream in) {
		District d = writable(user, district);
		Report report = reports.find(d.code(), month)
			.orElseThrow(() -> new ReportException(Kind.INVALID, "activityNo",
					"ยังไม่มีรายงานเดือนนี้ บันทึกกิจกรรมในรายงานก่อนแล้วจึงแนบรูป"));
		if (report.state() == ReportState.ACCEPTED) {
			throw locked(d, month, report);
		}
		reports.lock(report.id());
		ReportContent content = content(reports.version(report.id(), report.version()).orElseThrow());
		if (activityNo < 1 || activityNo > content.activities().size()) {
			throw new ReportException(Kind.INVALID, "activityNo", "รายงานฉบับล่าสุดไม่มีกิจกรรมที่ " + activityNo
					+ " (มี " + content.activities().size() + " กิจกรรม)");
		}
		if (reports.photoCount(report.id(), activityNo) >= MAX_PHOTOS_PER_ACTIVITY) {
			throw new ReportException(Kind.INVALID, "photo",
					"กิจกรรมที่ " + activityNo + " มีรูปครบ " + MAX_PHOTOS_PER_ACTIVITY + " รูปแล้ว (แนบได้ไม่เกิน "
							+ MAX_PHOTOS_PER_ACTIVITY + " รูปต่อกิจกรรม)");
		}
		PhotoStore.Stored stored = photos.store(d.code(), month, in);
		Instant now = clock.instant();
		long id;
		try {
			id = reports.addPhoto(report.id(), activityNo, stored.contentType(), stored.sizeBytes(), stored.fileName(),
					user.getUsername(), now);
		}
		catch (RuntimeException ex) {
			photos.delete(stored.fileName());
			throw ex;
		}
		audit.record(now,
				AuditLog.Entry.of(user.getUsername(), Action.PHOTO_ADDED)
					.from(clientAddress())
					.month(d.provinceCode(), month)
					.detail("อำเภอ " + d.code() + " กิจกรรมที่ " + activityNo + " รูป " + id));
		return new ReportView.PhotoInfo(id, activityNo, stored.contentType(), stored.sizeBytes(), user.getUsername(),
				now);
	}

	/** A stored photo to send: its content type, size and file. */
	public record PhotoFile(String contentType, long sizeBytes, Path file) {
	}

	@Transactional(readOnly = true)
	public PhotoFile photo(ClickUser user, String district, YearMonth month, int activityNo, long photoId) {
		District d = readable(user, district);
		Report report = reports.find(d.code(), month).orElseThrow(() -> noPhoto(photoId));
		OnlineReportRepository.Photo p = reports.photo(report.id(), photoId)
			.filter(found -> found.activityNo() == activityNo)
			.orElseThrow(() -> noPhoto(photoId));
		Path file = photos.file(p.fileName());
		if (!java.nio.file.Files.isRegularFile(file)) {
			log.warn("Photo {} of district {} for {} (province {}) is listed but its file {} is gone", p.id(), d.code(),
					month, d.provinceCode(), file);
			throw new ReportException(Kind.NOT_FOUND, "photo",
					"ไม่พบไฟล์ของรูปหมายเลข " + photoId + " (อาจถูกลบออกจากเครื่องแม่ข่าย)");
		}
		return new PhotoFile(p.contentType(), p.sizeBytes(), file);
	}

	@Transactional
	public void deletePhoto(ClickUser user, String district, YearMonth month, int activityNo, long photoId) {
		District d = writable(user, district);
		Report report = reports.find(d.code(), month).orElseThrow(() -> noPhoto(photoId));
		if (report.state() == ReportState.ACCEPTED) {
			throw locked(d, month, report);
		}
		OnlineReportRepository.Photo p = reports.photo(report.id(), photoId)
			.filter(found -> found.activityNo() == activityNo)
			.orElseThrow(() -> noPhoto(photoId));
		reports.deletePhoto(p.id());
		photos.delete(p.fileName());
		audit.record(AuditLog.Entry.of(user.getUsername(), Action.PHOTO_REMOVED)
			.from(clientAddress())
			.month(d.provinceCode(), month)
			.detail("อำเภอ " + d.code() + " กิจกรรมที่ " + p.activityNo() + " รูป " + p.id()));
	}

	// ---- who may do what

	/** The district, when {@code user} may read its reports. */
	private District readable(ClickUser user, String districtCode) {
		if (user.role() == Role.REPORTER) {
			return ownDistrict(user, districtCode);
		}
		District d = district(districtCode);
		if (user.districtCode() != null && !user.districtCode().equals(d.code())) {
			throw new ReportException(Kind.FORBIDDEN, null, "บัญชีนี้ดูได้เฉพาะอำเภอ " + user.districtCode()
					+ " จึงเปิดรายงานของอำเภอ " + d.code() + " ไม่ได้");
		}
		return inProvince(user, d);
	}

	/**
	 * The district, when {@code user} may change its reports (its REPORTER, or an ADMIN
	 * of its province).
	 */
	private District writable(ClickUser user, String districtCode) {
		if (user.role() == Role.REPORTER) {
			return ownDistrict(user, districtCode);
		}
		if (user.role() != Role.ADMIN) {
			throw new ReportException(Kind.FORBIDDEN, null, "ผู้อ่านรายงานแก้ไขรายงานไม่ได้");
		}
		return readable(user, districtCode);
	}

	/**
	 * The district, when {@code user} may return, accept or reopen its reports (an ADMIN
	 * of its province).
	 */
	private District decidable(ClickUser user, String districtCode) {
		if (user.role() != Role.ADMIN) {
			throw new ReportException(Kind.FORBIDDEN, null,
					"เฉพาะผู้ดูแลระบบของจังหวัดที่ส่งรายงานกลับ รับรอง หรือเปิดรายงานให้แก้ไขได้");
		}
		return readable(user, districtCode);
	}

	private District ownDistrict(ClickUser user, String districtCode) {
		if (user.districtCode() == null || !user.districtCode().equals(districtCode)) {
			throw new ReportException(Kind.FORBIDDEN, null, "บัญชีนี้รายงานได้เฉพาะอำเภอ " + user.districtCode()
					+ " จึงเข้าถึงรายงานของอำเภอ " + districtCode + " ไม่ได้");
		}
		return district(districtCode);
	}

	private District inProvince(ClickUser user, District d) {
		if (user.provinceCode() != null && !user.provinceCode().equals(d.provinceCode())) {
			throw new ReportException(Kind.FORBIDDEN, null, "บัญชีนี้จำกัดเฉพาะจังหวัด " + user.provinceCode()
					+ " จึงเข้าถึงรายงานของอำเภอ " + d.code() + " (จังหวัด " + d.provinceCode() + ") ไม่ได้");
		}
		return d;
	}

	private District district(String code) {
		return areas.district(code == null ? "" : code)
			.orElseThrow(() -> new ReportException(Kind.NOT_FOUND, "district", "ไม่มีอำเภอรหัส " + code));
	}

	// ---- helpers

	private Rubric rubric(YearMonth month) {
		return rubrics.findInForce(month)
			.orElseThrow(() -> new ReportException(Kind.INVALID, "month",
					"ยังไม่มีเกณฑ์การประเมินสำหรับเดือน" + ThaiFormat.month(month) + " จึงรายงานเดือนนี้ไม่ได้"));
	}

	private ReportChecker.Result checkContent(District d, YearMonth month, Rubric rubric, ReportContent content,
			boolean draft) {
		return ReportChecker.check(d.code(), month, rubric, subdistrictCodes(d), areas.subdistrictDistrict(), content,
				draft);
	}

	private List<String> subdistrictCodes(District d) {
		return areas.subdistricts(d.code()).stream().map(DistrictDirectory.Subdistrict::code).toList();
	}

	private Projection project(District d, YearMonth month, Rubric rubric, ReportChecker.Result result,
			Instant submittedAt) {
		int subdistricts = (int) areas.subdistrictDistrict().values().stream().filter(d.code()::equals).count();
		DistrictMonth facts = new DistrictMonth(d.code(), subdistricts, result.forGrader(submittedAt));
		return Projection.of(Grader.grade(rubric, month, facts), ThaiText.ITEM_TITLES);
	}

	private ReportView view(ClickUser user, District d, YearMonth month, Rubric rubric, Report report,
			ReportContent content) {
		List<DistrictDirectory.Subdistrict> subdistricts = areas.subdistricts(d.code());
		ReportChecker.Result result = ReportChecker.check(d.code(), month, rubric,
				subdistricts.stream().map(DistrictDirectory.Subdistrict::code).toList(), areas.subdistrictDistrict(),
				content, false);
		Instant projectedAt = report != null && report.submittedAt() != null && report.state() != ReportState.DRAFT
				? report.submittedAt() : clock.instant();
		Projection projected = project(d, month, rubric, result, projectedAt);
		List<ReportView.VersionInfo> history = report == null ? List.of()
				: reports.versions(report.id())
					.stream()
					.map(v -> new ReportView.VersionInfo(v.version(), v.state(), v.savedBy(), v.savedAt(), v.reason(),
							v.submissionId() != null))
					.toList();
		List<ReportView.PhotoInfo> photoInfos = report == null ? List.of()
				: reports.photos(report.id())
					.stream()
					.map(p -> new ReportView.PhotoInfo(p.id(), p.activityNo(), p.contentType(), p.sizeBytes(),
							p.uploadedBy(), p.uploadedAt()))
					.toList();
		Instant deadline = Grader.deadlineExclusive(rubric, month);
		LocalDate deadlineDay = month.plusMonths(1).atDay(rubric.deadlineDay());
		boolean locked = report != null && report.state() == ReportState.ACCEPTED;
		boolean mayWrite = user.role() == Role.REPORTER || user.role() == Role.ADMIN;
		return new ReportView(d.code(), d.nameTh(), d.provinceCode(), month,
				report == null ? ReportState.NOT_STARTED : report.state(), report == null ? null : report.version(),
				report == null ? null : report.status(), report == null ? null : report.submittedAt(),
				report == null ? null : report.returnReason(), content, projected, result.errors(), result.warnings(),
				deadlineDay, deadline, history, photoInfos,
				rubric.services().stream().map(s -> new ReportView.Choice(s.code(), s.nameTh())).toList(),
				subdistricts.stream().map(s -> new ReportView.Choice(s.code(), s.nameTh())).toList(), PrChannel.CODES,
				mayWrite && !locked, user.role() == Role.ADMIN);
	}

	private ReportContent content(Version version) {
		return json.readValue(version.content(), ReportContent.class);
	}

	private void requireLatest(District d, YearMonth month, Report report, Integer expectedVersion) {
		if (report == null) {
			if (expectedVersion != null) {
				throw new ReportException(Kind.CONFLICT, "version",
						"ยังไม่มีรายงานของอำเภอ" + d.nameTh() + " เดือน" + ThaiFormat.month(month) + " ฉบับที่ "
								+ expectedVersion + " (ให้ส่ง version เป็น null เมื่อบันทึกครั้งแรก)");
			}
			return;
		}
		if (expectedVersion == null || expectedVersion != report.version()) {
			throw stale(d, month, report, expectedVersion);
		}
	}

	/**
	 * 409: another version was stored since the caller read theirs; says who saved which
	 * version when.
	 */
	private ReportException stale(District d, YearMonth month, Report report, Integer callersVersion) {
		Version latest = reports.version(report.id(), report.version()).orElseThrow();
		String since = callersVersion == null ? "ขณะที่คุณยังไม่ได้เปิดฉบับใดของรายงานนี้"
				: "หลังฉบับที่ " + callersVersion + " ที่คุณแก้ไขอยู่";
		return new ReportException(Kind.CONFLICT, "version",
				"รายงานของอำเภอ" + d.nameTh() + " เดือน" + ThaiFormat.month(month) + " ถูกบันทึกเป็นฉบับที่ "
						+ latest.version() + " แล้ว โดย " + latest.savedBy() + " เมื่อ " + when(latest.savedAt())
						+ " (สถานะ: " + latest.state().labelTh() + ") " + since
						+ " ข้อมูลที่คุณส่งมาจึงยังไม่ได้บันทึก และฉบับของผู้อื่นไม่ถูกเขียนทับ"
						+ " โปรดเปิดฉบับล่าสุด ตรวจสอบ แล้วบันทึกอีกครั้ง");
	}

	private ReportException locked(District d, YearMonth month, Report report) {
		Version latest = reports.version(report.id(), report.version()).orElseThrow();
		return new ReportException(Kind.CONFLICT, "state",
				"รายงานของอำเภอ" + d.nameTh() + " เดือน" + ThaiFormat.month(month) + " ได้รับการรับรองแล้ว (ฉบับที่ "
						+ latest.version() + " โดย " + latest.savedBy() + " เมื่อ " + when(latest.savedAt())
						+ ") จึงแก้ไขไม่ได้จนกว่าจังหวัดจะเปิดให้แก้ไขอีกครั้ง");
	}

	private static ReportException noReport(District d, YearMonth month) {
		return new ReportException(Kind.NOT_FOUND, null,
				"ยังไม่มีรายงานของอำเภอ" + d.nameTh() + " เดือน" + ThaiFormat.month(month));
	}

	private static ReportException noPhoto(long photoId) {
		return new ReportException(Kind.NOT_FOUND, "photo", "ไม่มีรูปหมายเลข " + photoId + " ในกิจกรรมนี้ของรายงาน");
	}

	/** "5 ธันวาคม 2569 เวลา 10:12 น." in Bangkok time. */
	static String when(Instant instant) {
		ZonedDateTime t = instant.atZone(BangkokTime.ZONE);
		return ThaiFormat.date(t.toLocalDate()) + " เวลา "
				+ "%02d:%02d:%02d น.".formatted(t.getHour(), t.getMinute(), t.getSecond());
	}

	/** The source id of a submitted version's submission row: stable, one per version. */
	static String sourceId(String district, YearMonth month, int version) {
		return "online-" + district + "-" + month + "-v" + version;
	}

	/**
	 * The address of the client whose request this is, as the pages' audit rows record it
	 * ({@code getRemoteAddr()}); null outside a web request (a command or a test calling
	 * the service).
	 */
	private static String clientAddress() {
		return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request
				? request.getRequest().getRemoteAddr() : null;
	}

	private static double percent(int part, int whole) {
		return whole == 0 ? 0 : Math.round(part * 1000.0 / whole) / 10.0;
	}

}
