package io.propertyops.security.account.application;

/** The sign-ins the authorization server keeps for a person: what ending their access must end too. */
public interface SignIns {

    /**
     * Ends every sign-in of one person: their refresh tokens and authorization codes stop working at once.
     *
     * @param username the account's username, which sign-ins are kept under
     * @return how many were ended
     */
    int revokeAllOf(String username);
}
