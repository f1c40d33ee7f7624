/** Who may be dispatched and who is next: plain Java, no framework. */
package io.propertyops.ticket.dispatch.domain;
