package th.go.cdd.clickreport.reporting;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ ReportingSettings.class, UploadSettings.class })
class ReportingConfiguration {

}
