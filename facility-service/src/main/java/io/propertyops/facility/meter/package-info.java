/**
 * Meters and readings (表计与抄表): each community's meter register — units' own meters, common and shared meters
 * (公摊) with their apportioning rule, equipment's running-hours counters — with their verification (检定) reminders;
 * readings from staff rounds, owners in the app within the community's reporting window (its opening told to the
 * owners, and the owners of units still unread reminded before it closes), imports and devices, each
 * judged for plausibility (an implausible one is held until approved with a photo, and reported as a finding); and
 * the month's close, which publishes each unit's approved consumption for billing.
 */
package io.propertyops.facility.meter;
