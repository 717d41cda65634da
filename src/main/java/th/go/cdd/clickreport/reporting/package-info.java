/**
 * Online reporting (SPEC §9): districts enter and submit their monthly report in the
 * product, the province follows, returns or accepts it, and the monthly job grades what
 * was submitted.
 *
 * <h2>The service the REST API and the pages use:
 * {@link th.go.cdd.clickreport.reporting.OnlineReports}</h2> Every method takes the
 * signed-in {@link th.go.cdd.clickreport.user.ClickUser} and checks their limit first; a
 * refusal is a {@link th.go.cdd.clickreport.reporting.ReportException} whose
 * {@code kind()} is the API's status (400 UNREADABLE, 403 FORBIDDEN, 404 NOT_FOUND, 409
 * CONFLICT, 422 INVALID) and whose {@code errors()} are
 * {@link th.go.cdd.clickreport.reporting.FieldError}s (field path such as
 * {@code prMedia[2].channels}, Thai message) to show beside their fields. A refused call
 * changes nothing.
 * <ul>
 * <li>{@code view(user, district, month)} →
 * {@link th.go.cdd.clickreport.reporting.ReportView}: state, latest version and content,
 * projected grade, what keeps it from being submitted ({@code errors}), warnings (entries
 * dated outside the month), deadline, history of versions, photos, and the form's choices
 * (the rubric's services, the district's sub-districts, the channels); an empty report in
 * state NOT_STARTED before anything was saved.</li>
 * <li>{@code versionContent(user, district, month, n)} → the
 * {@link th.go.cdd.clickreport.reporting.ReportContent} of version n.</li>
 * <li>{@code check(user, district, month, content)} → errors, warnings and
 * {@link th.go.cdd.clickreport.reporting.Projection} of content not stored (for a live
 * projection).</li>
 * <li>{@code save(user, district, month, content, submit, expectedVersion)} → the new
 * view. A draft may leave fields blank; a submit must be whole and right.
 * {@code expectedVersion} is the version read (null for a first save); a stale one or an
 * ACCEPTED report → CONFLICT with who saved which version when.</li>
 * <li>{@code returnReport(user, d, m, reason, expectedVersion)}, {@code accept(…)},
 * {@code reopen(…)}: ADMIN of the province; SUBMITTED → RETURNED / ACCEPTED, ACCEPTED →
 * SUBMITTED.</li>
 * <li>{@code overview(user, province, month)} →
 * {@link th.go.cdd.clickreport.reporting.ProvinceOverview}: a row per district (state,
 * status, submittedAt, projected and graded level, source), completeness, timeliness. The
 * status, submittedAt and source are those of the submission that counts, online or
 * imported ({@code submission.ImportedSubmissions#counting}): SUBMITTED, LATE or INVALID;
 * completeness and timeliness count both. ADMIN and VIEWER (within their province);
 * REPORTER → FORBIDDEN.</li>
 * <li>{@code addPhoto(user, d, m, activityNo, InputStream)},
 * {@code photo(user, d, m, activityNo, id)} →
 * {@code PhotoFile(contentType, sizeBytes, file)},
 * {@code deletePhoto(user, d, m, activityNo, id)}: JPEG or PNG by content, at most 5 MB
 * and 5 an activity; activity numbers count from 1 in the latest version.</li>
 * </ul>
 *
 * <h2>How it fits</h2> {@code ReportContent} holds every value as text: the form's fields
 * and the API's JSON are read by the same validators as a CSV bundle
 * ({@code submission.HeaderRules}, {@code ServiceRules}, {@code PrItemRules},
 * {@code ActivityRules}, {@code DownloadRules}: one implementation of SPEC §6).
 * {@code OnlineReportRepository} owns the tables online_report, online_report_version and
 * online_report_photo. A submit also writes a row of {@code submission} with its details
 * ({@code submission.OnlineSubmissions}, bundle_key {@code online}, source id
 * {@code online-<district>-<YYYY-MM>-v<n>}), which the monthly job grades like an
 * imported one: the latest submitted_at wins (SPEC §5). While a report is RETURNED its
 * submission rows carry the province's reason as invalid_reason, so a run grades it
 * INVALID; the next submit clears it. The projected grade is {@code rubric.Grader}'s
 * grade of the content, with the month's rubric.
 */
package th.go.cdd.clickreport.reporting;
