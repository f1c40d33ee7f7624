package io.propertyops.billing;

import io.propertyops.testsupport.AuthorizationMatrix;
import io.propertyops.testsupport.ServiceTest;

@ServiceTest
class BillingAuthorizationMatrixTest extends AuthorizationMatrix {
}
