package th.go.cdd.clickreport.delivery;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When districts that have not reported the previous month are reminded
 * ({@code click.reminders.*}).
 *
 * @param enabled false: no reminders
 * @param days days of the month
 * @param time time of day
 * @param zone zone of {@code time} and of "previous month"
 */
@ConfigurationProperties("click.reminders")
record ReminderSettings(@DefaultValue("true") boolean enabled, @DefaultValue( {
		"10", "14" }) List<Integer> days, @DefaultValue("09:00") LocalTime time,
		@DefaultValue("Asia/Bangkok") ZoneId zone){

	ReminderSettings {
		for (int day : days) {
			if (day < 1 || day > 28) {
				throw new IllegalArgumentException(
						"click.reminders.days: " + day + " is not a day every month has (1–28)");
			}
		}
		days = List.copyOf(days);
	}

	/** The Quartz cron expression of these settings, e.g. {@code 0 0 9 10,14 * ?}. */
	String cron() {
		return time.getSecond() + " " + time.getMinute() + " " + time.getHour() + " "
				+ days.stream().distinct().sorted().map(String::valueOf).collect(Collectors.joining(",")) + " * ?";
	}

}
