/** Events of work orders (工单), published by ticket-service on {@link io.propertyops.events.Topics#TICKET}. */
package io.propertyops.events.ticket;
