/**
 * The web security of the service: the authorization server's protocol endpoints and the login form.
 */
package io.propertyops.security.web;
