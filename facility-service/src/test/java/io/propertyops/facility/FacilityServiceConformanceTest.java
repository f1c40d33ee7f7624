package io.propertyops.facility;

import io.propertyops.testsupport.PlatformConformance;
import io.propertyops.testsupport.ServiceTest;

@ServiceTest
class FacilityServiceConformanceTest extends PlatformConformance {
}
