package th.go.cdd.clickreport.run;

import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.batch.core.job.AbstractJob;
import org.springframework.batch.core.job.Job;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import th.go.cdd.clickreport.area.Areas;
import th.go.cdd.clickreport.grade.Grades;

/**
 * Hooks the run meters onto {@code monthlyReportJob}, whoever launches it (schedule,
 * admin, command).
 */
@Configuration(proxyBeanMethods = false)
class RunConfiguration {

	@Bean
	SmartInitializingSingleton runMetricsRegistration(@Qualifier("monthlyReportJob") Job monthlyReportJob,
			MeterRegistry registry, Grades grades, Areas areas) {
		return () -> {
			if (monthlyReportJob instanceof AbstractJob job) {
				job.registerJobExecutionListener(new RunMetrics(registry, grades, areas));
			}
		};
	}

}
