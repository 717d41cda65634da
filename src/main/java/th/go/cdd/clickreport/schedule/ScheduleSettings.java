package th.go.cdd.clickreport.schedule;

import java.time.ZoneId;
import java.util.List;

/**
 * When the monthly run fires and for which provinces: {@code click.schedule.cron} (Quartz cron,
 * default {@code 0 0 1 16 * ?}: 01:00 on the 16th), {@code click.schedule.zone} (default
 * Asia/Bangkok) and {@code click.schedule.provinces} (a comma list, default the default province).
 */
record ScheduleSettings(String cron, ZoneId zone, List<String> provinces) {
}
