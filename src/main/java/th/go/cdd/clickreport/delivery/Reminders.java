package th.go.cdd.clickreport.delivery;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import th.go.cdd.clickreport.rubric.RubricRepository;
import th.go.cdd.clickreport.rubric.Rubric;

/**
 * Reminds the districts that have not reported the previous month: a Thai e-mail to each
 * of their addresses with the deadline (the rubric's deadline day of the following month)
 * and the link to their report page. Queued like every message; its key (district, month,
 * day, address) makes a second reminder on the same day impossible, whichever server or
 * firing asks.
 */
class Reminders {

	private static final Logger log = LoggerFactory.getLogger(Reminders.class);

	private final DeliveryRepository deliveries;

	private final RubricRepository rubrics;

	private final Runnable nudge;

	private final Clock clock;

	private final String publicUrl;

	Reminders(DeliveryRepository deliveries, RubricRepository rubrics, Runnable nudge, Clock clock, String publicUrl) {
		this.deliveries = deliveries;
		this.rubrics = rubrics;
		this.nudge = nudge;
		this.clock = clock;
		this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
	}

	/**
	 * Queues the reminders of {@code day} (for the month before it).
	 * @return the reminders queued now (those of the day queued before are not counted
	 * again)
	 */
	int remind(LocalDate day) {
		YearMonth month = YearMonth.from(day).minusMonths(1);
		int deadlineDay = rubrics.findInForce(month).map(Rubric::deadlineDay).orElse(15);
		LocalDate deadline = month.plusMonths(1).atDay(Math.min(deadlineDay, month.plusMonths(1).lengthOfMonth()));
		int queued = 0;
		int targets = 0;
		for (DeliveryRepository.ReminderTarget t : deliveries.districtsToRemind(month)) {
			targets++;
			DeliveryText.Text text = DeliveryText.reminder(t.districtName(), t.provinceName(), month, deadline,
					link(t.district(), month));
			if (deliveries.queue(new DeliveryRepository.NewMessage(
					DeliveryRepository.dedupKey("REMINDER", t.district(), month.toString(), day.toString(),
							t.address()),
					MessageKind.REMINDER, null, null, t.province(), t.district(), month, t.address(), text.subject(),
					text.body(), java.util.List.of()), clock.instant())) {
				queued++;
			}
		}
		log.info("Reminders of {} for month {}: {} queued ({} address(es) of districts without a report)", day, month,
				queued, targets);
		if (queued > 0) {
			nudge.run();
		}
		return queued;
	}

	/** The district's report page of the month. */
	String link(String district, YearMonth month) {
		return publicUrl + "/report/" + district + "/" + month;
	}

}
