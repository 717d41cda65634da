package th.go.cdd.clickreport.common;

import java.time.ZoneId;

/**
 * The product's one time zone: deadlines, report months and the dates officials read are
 * Bangkok's.
 */
public final class BangkokTime {

	public static final ZoneId ZONE = ZoneId.of("Asia/Bangkok");

	private BangkokTime() {
	}

}
