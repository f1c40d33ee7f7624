package io.propertyops.feedback;

import io.propertyops.testsupport.PlatformConformance;
import io.propertyops.testsupport.ServiceTest;

@ServiceTest
class FeedbackServiceConformanceTest extends PlatformConformance {
}
