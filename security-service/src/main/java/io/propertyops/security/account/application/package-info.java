/**
 * What people do with accounts beyond signing in: residents ask to be bound to their units and customer service
 * verifies them; managers give staff their roles, communities and skills; staff come on and go off duty. Each
 * operation checks who may do it to whom, changes the account and audits it; the account's events reach the rest
 * of the platform through the outbox.
 */
package io.propertyops.security.account.application;
