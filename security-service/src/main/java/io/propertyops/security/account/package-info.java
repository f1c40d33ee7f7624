/**
 * Accounts: the people who sign in and what they may reach. {@code domain} is the model ({@code Account} with its
 * unit bindings, roles, the password policy), {@code application} the use cases and the ports {@code Accounts}
 * (the store) and {@code SignIns} (the authorization server's sign-ins, ended on deactivation), {@code persistence}
 * the MongoDB store (collection {@code accounts}), {@code web} the account and binding endpoints.
 */
package io.propertyops.security.account;
