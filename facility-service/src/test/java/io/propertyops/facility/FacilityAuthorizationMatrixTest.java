package io.propertyops.facility;

import io.propertyops.testsupport.AuthorizationMatrix;
import io.propertyops.testsupport.ServiceTest;

@ServiceTest
class FacilityAuthorizationMatrixTest extends AuthorizationMatrix {
}
