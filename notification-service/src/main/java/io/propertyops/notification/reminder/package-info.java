/**
 * Reminders (提醒): "remind at T unless X happened", asked for by catalogue rows with {@code remind:} in
 * {@code messages.yaml}, so a later domain (a bill before it is due unless paid) adds rows, not code.
 *
 * <p>A triggering event schedules one reminder per person and time, unique on the event, the row's kind, the time
 * and the person, so a redelivered event schedules nothing new. An event the row names under {@code unless} cancels
 * the reminders of its subject (aggregate id) triggered <em>before</em> it; it is kept, so that a cancelling event
 * processed before the trigger it answers (another topic, a replay) still cancels it, while one older than the
 * trigger never does — a reopened and again resolved work order is reminded anew. A reminder whose time has
 * already passed when its trigger is processed is recorded as missed, not sent: the events queued behind a stale
 * trigger may well have answered it. A time may be a date's ({@code from: dueOn}: that day at 09:00 in the estate's
 * zone, {@code propertyops.notification.reminders.day-at}). A row to a unit's {@code RESIDENTS} schedules one reminder
 * per time for the unit, and its owners and residents are read when it is due. Due reminders become ordinary
 * messages — inbox, then SMS or email by the person's preferences and quiet hours — sent by one replica at a time,
 * each at most once.
 */
package io.propertyops.notification.reminder;
