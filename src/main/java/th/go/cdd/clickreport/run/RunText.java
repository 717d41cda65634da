package th.go.cdd.clickreport.run;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;

import th.go.cdd.clickreport.common.BangkokTime;
import th.go.cdd.clickreport.grading.AbandonedRuns;
import th.go.cdd.clickreport.rubric.Note.Severity;

/** Thai words and Bangkok times for what the run pages show. */
final class RunText {

	private static final Map<String, String> STEPS = Map.of("gradeStep", "ประเมินระดับของอำเภอ", "gradeDistrictsStep",
			"ประเมินระดับ ช่วงอำเภอ", "provinceOutputsStep", "ตารางผลคะแนน (CSV) และสรุปผลของจังหวัด",
			"provinceOutputsWorkerStep", "ตารางผลคะแนนและสรุปผล จังหวัด", "districtPagesStep", "รายงานรายอำเภอ (PDF)",
			"districtPagesWorkerStep", "รายงานรายอำเภอ ช่วงอำเภอ");

	private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private RunText() {
	}

	/**
	 * The one Thai sentence pages and the API give for why a run ended badly; the exit
	 * description itself (often a stack trace) stays in the batch tables and the server's
	 * log.
	 */
	static String failure(String status, String exitDescription) {
		if ("COMPLETED".equals(status) || exitDescription == null || exitDescription.isBlank()) {
			return "";
		}
		if (exitDescription.contains(AbandonedRuns.STOPPED)) {
			return "เซิร์ฟเวอร์หยุดทำงานระหว่างการประมวลผลครั้งนี้ สั่งทำงานต่อจากจุดที่หยุดได้";
		}
		return "การประมวลผลครั้งนี้ไม่สำเร็จ รายละเอียดของข้อผิดพลาดอยู่ในบันทึกของเซิร์ฟเวอร์ (ผู้ดูแลระบบตรวจได้)";
	}

	/**
	 * A step's Thai label; a partition ("gradeDistrictsStep:d5701-5718") keeps its range
	 * after the label.
	 */
	static String step(String name) {
		int colon = name.indexOf(':');
		if (colon < 0) {
			return STEPS.getOrDefault(name, name);
		}
		String partition = name.substring(colon + 1).replaceFirst("^[dp]", "");
		return STEPS.getOrDefault(name.substring(0, colon), name.substring(0, colon)) + " " + partition;
	}

	static String severity(String severity) {
		try {
			return Severity.valueOf(severity).labelTh();
		}
		catch (IllegalArgumentException ex) {
			return severity;
		}
	}

	/** A UTC time from our own tables, in Bangkok. */
	static OffsetDateTime bangkokFromUtc(LocalDateTime utc) {
		return utc == null ? null : utc.atOffset(ZoneOffset.UTC).atZoneSameInstant(BangkokTime.ZONE).toOffsetDateTime();
	}

	/** A time from Spring Batch's tables (the server's local time), in Bangkok. */
	static OffsetDateTime bangkokFromLocal(LocalDateTime local) {
		return local == null ? null
				: local.atZone(ZoneId.systemDefault()).withZoneSameInstant(BangkokTime.ZONE).toOffsetDateTime();
	}

	static String shown(OffsetDateTime time) {
		return time == null ? "" : SHOWN.format(time);
	}

	/**
	 * A duration measured between two times kept to the second: {@code ไม่ถึง 1 วินาที}
	 * (both in the same second), {@code 2 วินาที}, {@code 3 นาที 5 วินาที}; no decimals
	 * that were never measured.
	 */
	static String wholeSeconds(Duration duration) {
		if (duration == null || duration.isNegative()) {
			return "";
		}
		long seconds = duration.toSeconds();
		if (seconds == 0) {
			return "ไม่ถึง 1 วินาที";
		}
		if (seconds < 60) {
			return seconds + " วินาที";
		}
		return duration(duration);
	}

	/**
	 * {@code 0.25 วินาที}, {@code 14.2 วินาที}, {@code 3 นาที 5 วินาที}; empty while
	 * unknown.
	 */
	static String duration(Duration duration) {
		if (duration == null || duration.isNegative()) {
			return "";
		}
		long seconds = duration.toSeconds();
		if (seconds < 10) {
			return String.format("%.2f วินาที", duration.toMillis() / 1000.0);
		}
		if (seconds < 60) {
			return String.format("%.1f วินาที", duration.toMillis() / 1000.0);
		}
		if (seconds < 3600) {
			return (seconds / 60) + " นาที " + (seconds % 60) + " วินาที";
		}
		return (seconds / 3600) + " ชั่วโมง " + (seconds % 3600 / 60) + " นาที";
	}

}
