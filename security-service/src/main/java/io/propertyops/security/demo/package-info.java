/**
 * Demo data, off unless configured: accounts for the people of a demo estate file
 * ({@code propertyops.demo.data-file} with {@code propertyops.demo.password}) and a demo integration client
 * ({@code propertyops.demo.integration-client-secret}).
 */
package io.propertyops.security.demo;
