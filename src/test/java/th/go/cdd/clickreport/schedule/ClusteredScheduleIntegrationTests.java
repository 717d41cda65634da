package th.go.cdd.clickreport.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Properties;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.quartz.CronTrigger;
import org.quartz.Scheduler;
import org.quartz.Trigger;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.scheduling.quartz.SchedulerFactoryBean;

import th.go.cdd.clickreport.support.MariaDbDatabase;

/**
 * Quartz as the application configures it (application.properties: JDBC store,
 * clustered), with two schedulers of different instance ids on one MariaDB database, as
 * two servers would run.
 */
class ClusteredScheduleIntegrationTests {

	static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");

	static DataSource dataSource;

	final List<String> launches = Collections.synchronizedList(new ArrayList<>());

	final List<SchedulerFactoryBean> servers = new ArrayList<>();

	@BeforeAll
	static void database() {
		String url = MariaDbDatabase.create(ClusteredScheduleIntegrationTests.class);
		HikariDataSource pool = new HikariDataSource();
		pool.setJdbcUrl(url);
		pool.setUsername(MariaDbDatabase.USER);
		pool.setPassword(MariaDbDatabase.PASSWORD);
		pool.setTransactionIsolation(
				applicationProperties().getProperty("spring.datasource.hikari.transaction-isolation"));
		dataSource = pool;
		// The vendor migrations alone: they hold Quartz's tables (V21).
		Flyway.configure().dataSource(dataSource).locations("classpath:db/migration/mysql").load().migrate();
	}

	@AfterAll
	static void close() {
		((HikariDataSource) dataSource).close();
	}

	@AfterEach
	void stop() throws Exception {
		for (SchedulerFactoryBean server : servers) {
			server.destroy();
		}
	}

	@Test
	void twoServersOnOneDatabaseLaunchADueMonthOnce() throws Exception {
		ScheduleSettings settings = settings(cronAt(ZonedDateTime.now(BANGKOK).plusSeconds(3)));
		Scheduler a = server("cluster", "server-a", settings);
		Scheduler b = server("cluster", "server-b", settings);
		new MonthlySchedule(a, settings).register();
		new MonthlySchedule(b, settings).register();

		a.start();
		b.start();
		waitFor(() -> !launches.isEmpty(), Duration.ofSeconds(20));
		Thread.sleep(2000);

		assertThat(launches).hasSize(1);
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		assertThat(jdbc.queryForList("SELECT INSTANCE_NAME FROM QRTZ_SCHEDULER_STATE WHERE SCHED_NAME = 'cluster'",
				String.class))
			.containsExactlyInAnyOrder("server-a", "server-b");
	}

	@Test
	void aFiringMissedWhileTheServersWereDownHappensOnceAtStart() throws Exception {
		ScheduleSettings settings = settings("0 0 1 16 * ?");
		Scheduler a = server("misfire", "server-a", settings);
		Scheduler b = server("misfire", "server-b", settings);
		// Stored 40 days ago: its next firing (a 16th, 01:00) passed while nothing ran.
		CronTrigger stale = MonthlySchedule.trigger(settings)
			.getTriggerBuilder()
			.startAt(Date.from(Instant.now().minus(Duration.ofDays(40))))
			.build();
		a.addJob(MonthlySchedule.jobDetail(), true);
		a.scheduleJob(stale);
		assertThat(a.getTrigger(MonthlySchedule.TRIGGER).getNextFireTime()).isBefore(new Date());
		// The start registers the same schedule again: the missed firing must survive it.
		new MonthlySchedule(a, settings).register();
		new MonthlySchedule(b, settings).register();

		a.start();
		b.start();
		waitFor(() -> !launches.isEmpty(), Duration.ofSeconds(20));
		Thread.sleep(2000);

		assertThat(launches).containsExactly("57 " + monthOfLatestSixteenth());
		Trigger after = a.getTrigger(MonthlySchedule.TRIGGER);
		assertThat(after.getNextFireTime()).isAfter(new Date());
	}

	@Test
	void aChangedCronReplacesTheStoredTrigger() throws Exception {
		Scheduler a = server("change", "server-a", settings("0 0 1 16 * ?"));
		new MonthlySchedule(a, settings("0 0 1 16 * ?")).register();
		new MonthlySchedule(a, settings("0 30 2 17 * ?")).register();
		assertThat(((CronTrigger) a.getTrigger(MonthlySchedule.TRIGGER)).getCronExpression())
			.isEqualTo("0 30 2 17 * ?");
	}

	private ScheduleSettings settings(String cron) {
		return new ScheduleSettings(cron, BANGKOK, List.of("57"));
	}

	/**
	 * A scheduler configured as the application's (its spring.quartz.properties.*), not
	 * started.
	 */
	private Scheduler server(String name, String instanceId, ScheduleSettings settings) throws Exception {
		SchedulerFactoryBean factory = new SchedulerFactoryBean();
		Properties quartz = applicationQuartzProperties();
		quartz.setProperty("org.quartz.scheduler.instanceId", instanceId);
		factory.setQuartzProperties(quartz);
		factory.setSchedulerName(name);
		factory.setDataSource(dataSource);
		factory.setTransactionManager(new DataSourceTransactionManager(dataSource));
		factory.setAutoStartup(false);
		factory.setJobFactory((bundle, scheduler) -> new MonthlyRunQuartzJob(settings,
				(province, month, fireTime) -> launches.add(province + " " + month)));
		factory.afterPropertiesSet();
		servers.add(factory);
		return factory.getScheduler();
	}

	private static Properties applicationProperties() {
		try {
			return PropertiesLoaderUtils.loadProperties(new ClassPathResource("application.properties"));
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	private static Properties applicationQuartzProperties() {
		Properties application = applicationProperties();
		Properties quartz = new Properties();
		String prefix = "spring.quartz.properties.";
		application.stringPropertyNames()
			.stream()
			.filter(key -> key.startsWith(prefix))
			.forEach(key -> quartz.setProperty(key.substring(prefix.length()), application.getProperty(key)));
		assertThat(quartz).containsEntry("org.quartz.jobStore.isClustered", "true");
		return quartz;
	}

	/** A cron expression that fires once, at {@code at} (to the second). */
	private static String cronAt(ZonedDateTime at) {
		return at.getSecond() + " " + at.getMinute() + " " + at.getHour() + " " + at.getDayOfMonth() + " "
				+ at.getMonthValue() + " ? " + at.getYear();
	}

	/**
	 * The month before the latest 16th, 01:00 in Bangkok: what a missed monthly firing
	 * grades.
	 */
	private static YearMonth monthOfLatestSixteenth() {
		ZonedDateTime now = ZonedDateTime.now(BANGKOK);
		ZonedDateTime sixteenth = now.withDayOfMonth(16).withHour(1).withMinute(0).withSecond(0).withNano(0);
		if (sixteenth.isAfter(now)) {
			sixteenth = sixteenth.minusMonths(1);
		}
		return YearMonth.from(sixteenth).minusMonths(1);
	}

	private static void waitFor(java.util.function.BooleanSupplier condition, Duration timeout)
			throws InterruptedException {
		long end = System.nanoTime() + timeout.toNanos();
		while (!condition.getAsBoolean() && System.nanoTime() < end) {
			Thread.sleep(100);
		}
	}

}
