package io.propertyops.notification;

import io.propertyops.testsupport.PlatformConformance;
import io.propertyops.testsupport.ServiceTest;

@ServiceTest
class NotificationServiceConformanceTest extends PlatformConformance {
}
