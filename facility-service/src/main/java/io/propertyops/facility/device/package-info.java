/**
 * The device intake (物联网接入): a building's device gateway — fire panel, lift monitor, pump room controller, water
 * leak sensors — posts batches of alarms and meter readings, signed with the gateway's own secret (HMAC-SHA256 over
 * the timestamp and the body; an old timestamp or a batch sent again is refused). Alarms raise findings, one per
 * device, alarm type and open episode, and a cleared alarm is recorded on its finding; readings become meter
 * readings, judged like any other.
 */
package io.propertyops.facility.device;
