package io.propertyops.security.account.domain;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Which people of a community to find: those with any of some roles, whose phone number begins with some digits,
 * and whose name or username contains some text. Every criterion but the community is optional, and they combine.
 * <ul>
 *   <li>The phone is matched on its digits (a {@code +}, spaces and hyphens are ignored on both sides) by what it
 *       <em>begins</em> with: a whole number finds that number, the first digits find every number that begins
 *       with them. Callers ask for at least {@value #MIN_PHONE_DIGITS} digits, so that a search is a search and not
 *       a listing of everyone.</li>
 *   <li>The text is found anywhere in the name or anywhere in the username, ignoring case ({@link Locale#ROOT}),
 *       taken literally; it never spans the two.</li>
 * </ul>
 *
 * @param roles       any of these; empty for everyone
 * @param phonePrefix the digits the phone begins with, or null
 * @param text        what the name or username contains, lower-cased and trimmed, or null
 */
public record AccountSearch(String communityId, Set<Role> roles, String phonePrefix, String text) {

    public static final int MIN_PHONE_DIGITS = 4;

    public AccountSearch {
        Objects.requireNonNull(communityId, "communityId");
        roles = roles == null || roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
        phonePrefix = phonePrefix == null || digits(phonePrefix).isEmpty() ? null : digits(phonePrefix);
        text = text == null || text.isBlank() ? null : folded(text.strip());
    }

    /** Everyone of the community. */
    public static AccountSearch everyoneIn(String communityId) {
        return new AccountSearch(communityId, Set.of(), null, null);
    }

    /** A phone as it is matched: its digits only (no {@code +}, spaces or hyphens). */
    public static String digits(String phone) {
        return phone.replaceAll("[^0-9]", "");
    }

    /** A name or username as it is matched: lower case, in no language's particular rules. */
    public static String folded(String text) {
        return text.toLowerCase(Locale.ROOT);
    }

    /** Whether this person of the community is one the search finds. */
    public boolean matches(AccountProfile person) {
        return person.communityIds().contains(communityId)
                && (roles.isEmpty() || person.roles().stream().anyMatch(roles::contains))
                && (phonePrefix == null || person.phone() != null && digits(person.phone()).startsWith(phonePrefix))
                && (text == null || person.displayName() != null && folded(person.displayName()).contains(text)
                        || folded(person.username()).contains(text));
    }
}
