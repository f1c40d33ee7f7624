/**
 * Announcements (公告): staff publish a notice to their communities, or to some buildings or units of them, and an
 * administrator to everyone; it is fanned out into every active owner's and resident's inbox by bulk writes,
 * resumably — an urgent one by SMS too — and staff see its reach and reads.
 */
package io.propertyops.notification.announcement;
