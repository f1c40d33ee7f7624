package io.propertyops.ticket;

import io.propertyops.testsupport.PlatformConformance;
import io.propertyops.testsupport.ServiceTest;

@ServiceTest
class TicketServiceConformanceTest extends PlatformConformance {
}
