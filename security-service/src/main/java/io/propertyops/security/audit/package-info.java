/**
 * The security audit log (安全审计), collection {@code audit_log}: sign-ins, lockouts, and every change of an
 * account, a binding or a signing key, with who did it.
 */
package io.propertyops.security.audit;
