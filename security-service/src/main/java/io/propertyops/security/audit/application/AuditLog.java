package io.propertyops.security.audit.application;

/** The security audit log (安全审计): who signed in, who failed, who was locked out, from where, and who changed whom. */
public interface AuditLog {

    /**
     * Writes one audited fact, at the present time.
     *
     * @param username  what was typed, or the account's username
     * @param accountId null when no account matched
     */
    void record(String action, String username, String accountId, String remoteAddress, String detail);
}
