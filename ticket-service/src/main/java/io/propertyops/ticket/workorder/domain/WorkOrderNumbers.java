package io.propertyops.ticket.workorder.domain;

import java.time.LocalDate;

/** Hands out the numbers people say on the phone: {@code WO-20261123-0042}, counted per day. */
public interface WorkOrderNumbers {

    String next(LocalDate day);

    static String format(LocalDate day, long sequence) {
        return "WO-%04d%02d%02d-%04d".formatted(day.getYear(), day.getMonthValue(), day.getDayOfMonth(), sequence);
    }
}
