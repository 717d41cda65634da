package th.go.cdd.clickreport.submission;

import java.sql.Date;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import th.go.cdd.clickreport.common.ColumnText;
import th.go.cdd.clickreport.rubric.DistrictMonth.ServiceEntry;
import th.go.cdd.clickreport.system.DbTime;

/**
 * Writes reports submitted online (SPEC §9) into the submission tables the monthly job
 * reads, so that they compete with imported ones by submitted_at (SPEC §5). Every
 * submitted version is a submission of its own ({@code bundle_key} {@value #BUNDLE_KEY},
 * a source id per version); detail rows are numbered by their position in the report (1 =
 * first), where an import numbers them by file line. The entries were checked by the same
 * rules as the import's ({@link ServiceRules} and the others).
 */
@Repository
public class OnlineSubmissions {

	public static final String BUNDLE_KEY = "online";

	private final NamedParameterJdbcTemplate named;

	OnlineSubmissions(NamedParameterJdbcTemplate named) {
		this.named = named;
	}

	/** A submitted version's content, every entry valid. */
	public record Entries(int officialsTotal, int officialsDownloaded, List<ServiceEntry> services,
			List<PrItemRules.PrItem> prItems, List<ActivityRules.Activity> activities,
			List<DownloadRules.Download> downloads) {
	}

	/** Stores one submitted version and returns the submission's id. */
	public long store(String sourceId, int version, String districtCode, YearMonth month, Instant submittedAt,
			Entries entries) {
		KeyHolder key = new GeneratedKeyHolder();
		named.update("""
				INSERT INTO submission (source_id, bundle_key, district_code, report_month, submitted_at,
				                        officials_total, officials_downloaded, invalid_reason, source_line)
				VALUES (:source, :bundle, :district, :month, :at, :total, :downloaded, NULL, :line)""",
				new MapSqlParameterSource().addValue("source", sourceId)
					.addValue("bundle", BUNDLE_KEY)
					.addValue("district", districtCode)
					.addValue("month", month.toString())
					.addValue("at", DbTime.text(submittedAt))
					.addValue("total", entries.officialsTotal())
					.addValue("downloaded", entries.officialsDownloaded())
					.addValue("line", version),
				key, new String[] { "id" });
		long id = key.getKey().longValue();
		int line = 1;
		for (ServiceEntry s : entries.services()) {
			named.update("""
					INSERT INTO submission_service (submission_id, source_line, service_code, relevant, updated)
					VALUES (:id, :line, :code, :relevant, :updated)""", Map.of("id", id, "line", line++, "code",
					s.serviceCode(), "relevant", s.relevant(), "updated", s.updated()));
		}
		line = 1;
		for (PrItemRules.PrItem p : entries.prItems()) {
			named.update("""
					INSERT INTO submission_pr (submission_id, source_line, published_on, title)
					VALUES (:id, :line, :on, :title)""",
					Map.of("id", id, "line", line, "on", Date.valueOf(p.publishedOn()), "title", p.title()));
			for (String channel : p.channels()) {
				named.update("""
						INSERT INTO submission_pr_channel (submission_id, source_line, channel_code)
						VALUES (:id, :line, :channel)""", Map.of("id", id, "line", line, "channel", channel));
			}
			line++;
		}
		line = 1;
		for (ActivityRules.Activity a : entries.activities()) {
			named.update("""
					INSERT INTO submission_activity (submission_id, source_line, held_on, title, participants)
					VALUES (:id, :line, :on, :title, :participants)""",
					new MapSqlParameterSource().addValue("id", id)
						.addValue("line", line++)
						.addValue("on", Date.valueOf(a.heldOn()))
						.addValue("title", a.title())
						.addValue("participants", a.participants()));
		}
		line = 1;
		for (DownloadRules.Download d : entries.downloads()) {
			named.update("""
					INSERT INTO submission_download (submission_id, source_line, subdistrict_code, downloads)
					VALUES (:id, :line, :code, :downloads)""",
					Map.of("id", id, "line", line++, "code", d.subdistrictCode(), "downloads", d.downloads()));
		}
		return id;
	}

	/**
	 * Marks online submissions as not gradable (the province returned the report: SPEC §9
	 * grades a report left returned as INVALID with the reason), or gradable again
	 * ({@code reason} null).
	 */
	public void setInvalidReason(Collection<Long> submissionIds, String reason) {
		if (submissionIds.isEmpty()) {
			return;
		}
		named.update("UPDATE submission SET invalid_reason = :reason WHERE id IN (:ids) AND bundle_key = :bundle",
				new MapSqlParameterSource().addValue("reason", ColumnText.truncate(reason, 1000))
					.addValue("ids", submissionIds)
					.addValue("bundle", BUNDLE_KEY));
	}

}
