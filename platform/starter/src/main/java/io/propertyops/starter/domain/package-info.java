/**
 * Exceptions a domain model throws; plain Java with no framework imports, so domain packages may use them.
 */
package io.propertyops.starter.domain;
