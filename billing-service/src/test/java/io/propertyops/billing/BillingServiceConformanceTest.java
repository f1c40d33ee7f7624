package io.propertyops.billing;

import io.propertyops.testsupport.PlatformConformance;
import io.propertyops.testsupport.ServiceTest;

@ServiceTest
class BillingServiceConformanceTest extends PlatformConformance {
}
