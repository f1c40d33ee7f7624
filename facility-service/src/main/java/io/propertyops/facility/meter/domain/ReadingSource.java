package io.propertyops.facility.meter.domain;

/** Who read a meter: staff on a round (抄表), the owner in the app, a file imported, or the meter itself (远传). */
public enum ReadingSource { STAFF, OWNER, IMPORT, DEVICE }
