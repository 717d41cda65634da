package th.go.cdd.clickreport.schedule;

import java.time.ZoneId;
import java.util.List;

import org.quartz.CronExpression;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When the monthly run fires and for which provinces ({@code click.schedule.*}). Whether
 * it fires at all is {@code click.schedule.enabled} (default true; commands set it to
 * false), read as a condition by {@link ScheduleConfiguration}.
 *
 * @param cron Quartz cron (s m h day month weekday): 01:00 on the 16th
 * @param zone zone of the cron and of "previous month"
 * @param provinces the provinces the schedule runs, each its own run ({@code all} for one
 * national run); none given: {@code click.default-province}
 */
@ConfigurationProperties("click.schedule")
record ScheduleSettings(@DefaultValue("0 0 1 16 * ?") String cron, @DefaultValue("Asia/Bangkok") ZoneId zone,
		List<String> provinces) {

	ScheduleSettings {
		cron = cron.strip();
		if (!CronExpression.isValidExpression(cron)) {
			throw new IllegalArgumentException("click.schedule.cron is not a Quartz cron expression: " + cron);
		}
		provinces = provinces == null ? List.of()
				: provinces.stream().map(String::strip).filter(p -> !p.isEmpty()).toList();
	}

	/** These settings, with {@code province} when they name none. */
	ScheduleSettings orProvince(String province) {
		return provinces.isEmpty() ? new ScheduleSettings(cron, zone, List.of(province)) : this;
	}

}
