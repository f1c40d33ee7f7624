/** How the KPIs are counted from work orders' timelines and deadlines: plain Java, no framework. */
package io.propertyops.ticket.kpi.domain;
