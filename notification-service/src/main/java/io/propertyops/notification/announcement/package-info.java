/**
 * Announcements (公告): staff publish a notice to their communities, or to some units of them; it is fanned out
 * into every active owner's and resident's inbox by bulk writes, resumably, and staff see its reach and reads.
 */
package io.propertyops.notification.announcement;
