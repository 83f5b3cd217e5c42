package org.casefile.reminder;

import java.time.LocalDate;
import java.util.List;

/** A feature that has things falling due on my cases. */
@FunctionalInterface
public interface ReminderSource {
    /** What is overdue, or due by {@code until}. */
    List<Reminder> due(LocalDate today, LocalDate until);
}
