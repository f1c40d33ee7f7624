/**
 * Accounts: the people who sign in and what they may do. The types in this package are the domain model and
 * depend on nothing of Spring or MongoDB; {@code mongo} stores them, {@code login} signs them in.
 */
package io.propertyops.security.account;
