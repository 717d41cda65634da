package th.go.cdd.clickreport.system;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How failed sign-ins are throttled ({@code click.security.login.*}): after
 * {@code accountFreeFailures} failures of one account (or {@code addressFreeFailures}
 * from one client address, whatever the accounts), each further failure closes that
 * account (address) for {@code firstDelay}, doubled at every failure, at most
 * {@code maxAccountDelay} ({@code maxAddressDelay}); failures older than
 * {@code forgetAfter} are forgotten, and a correct password clears its account's count.
 * The account's bound is short so that someone guessing cannot keep the real user out for
 * long; the address's is long because it only holds back that client.
 */
@ConfigurationProperties("click.security.login")
record LoginThrottleSettings(@DefaultValue("5") int accountFreeFailures, @DefaultValue("20") int addressFreeFailures,
		@DefaultValue("1s") Duration firstDelay, @DefaultValue("1m") Duration maxAccountDelay,
		@DefaultValue("15m") Duration maxAddressDelay, @DefaultValue("15m") Duration forgetAfter) {
}
