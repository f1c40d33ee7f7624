package io.propertyops.notification;

import io.propertyops.testsupport.AuthorizationMatrix;
import io.propertyops.testsupport.ServiceTest;

@ServiceTest
class NotificationAuthorizationMatrixTest extends AuthorizationMatrix {
}
