/** The work-order aggregate and its rules: plain Java, no framework, time from an injected clock. */
package io.propertyops.ticket.workorder.domain;
