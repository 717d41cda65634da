package th.go.cdd.clickreport;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

import th.go.cdd.clickreport.cli.CommandLine;
import th.go.cdd.clickreport.system.ClickSettings;

/**
 * Entry point. With a command ({@code import}, {@code run}, …) the application does that
 * one thing and exits with its status; without one it starts the server.
 */
@SpringBootApplication
@EnableConfigurationProperties(ClickSettings.class)
public class ClickReportApplication {

	public static void main(String[] args) {
		if (CommandLine.isCommand(args)) {
			System.exit(CommandLine.run(ClickReportApplication.class, args));
		}
		SpringApplication.run(ClickReportApplication.class, args);
	}

}
