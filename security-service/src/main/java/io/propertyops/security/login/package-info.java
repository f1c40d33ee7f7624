/**
 * The login form: accounts looked up by username, a username locked for a while after repeated wrong passwords
 * (the rule is {@code domain.LoginLockout}; the counts are in MongoDB, collection {@code login_attempts}, so every
 * replica sees them), and every outcome written to the audit log.
 */
package io.propertyops.security.login;
