package th.go.cdd.clickreport.reporting;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;

import th.go.cdd.clickreport.common.BangkokTime;
import th.go.cdd.clickreport.common.ThaiFormat;
import th.go.cdd.clickreport.rubric.SubmissionStatus;

/**
 * Thai wording of the reporting pages: times in Bangkok with B.E. years, the time left,
 * states.
 */
final class ReportPageText {

	private ReportPageText() {
	}

	/** 5 มิถุนายน 2567 10:07 น. (Bangkok time) */
	static String dateTime(Instant at) {
		if (at == null) {
			return null;
		}
		ZonedDateTime local = at.atZone(BangkokTime.ZONE);
		return ThaiFormat.date(local.toLocalDate()) + " "
				+ String.format("%02d:%02d", local.getHour(), local.getMinute()) + " น.";
	}

	/** 15 มิถุนายน 2567 เวลา 23:59 น. */
	static String deadline(LocalDate lastDay) {
		return ThaiFormat.date(lastDay) + " เวลา 23:59 น.";
	}

	/** อีก 3 วัน 4 ชั่วโมง · อีก 25 นาที · เลยกำหนดมาแล้ว 2 วัน */
	static String timeLeft(Instant now, Instant deadline) {
		Duration left = Duration.between(now, deadline);
		boolean over = left.isNegative() || left.isZero();
		Duration d = left.abs();
		String amount;
		if (d.toDays() > 0) {
			amount = d.toDays() + " วัน" + (d.toHoursPart() > 0 ? " " + d.toHoursPart() + " ชั่วโมง" : "");
		}
		else if (d.toHours() > 0) {
			amount = d.toHours() + " ชั่วโมง" + (d.toMinutesPart() > 0 ? " " + d.toMinutesPart() + " นาที" : "");
		}
		else {
			amount = Math.max(1, d.toMinutes()) + " นาที";
		}
		return over ? "เลยกำหนดมาแล้ว " + amount : "อีก " + amount;
	}

	/**
	 * How the pages name where a report stands, timeliness included (ส่งแล้ว ตรงเวลา /
	 * ส่งล่าช้า).
	 */
	static String state(ReportState state, SubmissionStatus status) {
		if (state == null) {
			return ReportState.NOT_STARTED.labelTh();
		}
		if (state == ReportState.SUBMITTED) {
			return status == SubmissionStatus.LATE ? "ส่งแล้ว (ล่าช้า)" : "ส่งแล้ว (ตรงเวลา)";
		}
		return state.labelTh();
	}

	/**
	 * The CSS class of a state as the province page colours it: LATE for a late
	 * submission.
	 */
	static String stateClass(ReportState state, SubmissionStatus status) {
		if (state == null) {
			return ReportState.NOT_STARTED.name();
		}
		return state == ReportState.SUBMITTED && status == SubmissionStatus.LATE ? "LATE" : state.name();
	}

	/** 83.3% with at most one decimal. */
	static String percent(double percent) {
		return java.math.BigDecimal.valueOf(percent)
			.setScale(1, java.math.RoundingMode.HALF_UP)
			.stripTrailingZeros()
			.toPlainString() + "%";
	}

}
