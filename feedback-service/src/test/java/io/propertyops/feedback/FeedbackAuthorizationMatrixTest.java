package io.propertyops.feedback;

import io.propertyops.testsupport.AuthorizationMatrix;
import io.propertyops.testsupport.ServiceTest;

@ServiceTest
class FeedbackAuthorizationMatrixTest extends AuthorizationMatrix {
}
