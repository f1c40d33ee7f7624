package io.propertyops.ticket;

import io.propertyops.testsupport.AuthorizationMatrix;
import io.propertyops.testsupport.ServiceTest;

@ServiceTest
class TicketAuthorizationMatrixTest extends AuthorizationMatrix {
}
