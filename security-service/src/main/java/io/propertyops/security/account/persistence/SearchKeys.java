package io.propertyops.security.account.persistence;

import io.propertyops.security.account.domain.AccountProfile;
import io.propertyops.security.account.domain.AccountSearch;
import io.propertyops.security.account.domain.Role;

import java.util.List;
import java.util.stream.Collectors;

/**
 * How the people of a community are found: each account carries one search key per community it reaches, in a
 * field with a unique sparse index, and an {@link AccountSearch} becomes one regular expression anchored at the
 * community. A key is the community, the phone's digits, the name and the username (both lower-cased), the roles
 * and the account's id, separated by {@value #SEPARATOR_NAME} (a control character no part may contain):
 * <pre>community␟13800138001␟张伟␟13800138001␟OWNER␟id</pre>
 * The id makes every key unique, which is what makes mongo-java-server (the embedded store) serve the query from
 * the index: it does so only for a unique index whose fields are exactly the query's, a regular expression included,
 * and then reads the index's keys instead of every document. Real MongoDB bounds the scan of the index by the
 * expression's literal beginning: the community and, for a phone, its digits. Exactly one key of an account begins
 * with a given community, so no account is found twice.
 */
final class SearchKeys {

    static final String FIELD = "searchKeys";
    static final String INDEX = "search_keys";

    private static final char SEPARATOR = '\u001f';
    private static final String SEPARATOR_NAME = "U+001F";
    private static final String PART = "[^" + SEPARATOR + "]*";

    private SearchKeys() {
    }

    /** The keys of an account: one per community it reaches; null when it reaches none (the sparse index skips it). */
    static List<String> of(String id, AccountProfile profile) {
        if (profile.communityIds().isEmpty()) {
            return null;
        }
        String rest = SEPARATOR + part(profile.phone() == null ? "" : AccountSearch.digits(profile.phone()))
                + SEPARATOR + part(profile.displayName() == null ? "" : AccountSearch.folded(profile.displayName()))
                + SEPARATOR + part(AccountSearch.folded(profile.username()))
                + SEPARATOR + profile.roles().stream().sorted().map(Role::name).collect(Collectors.joining(","))
                + SEPARATOR + id;
        return profile.communityIds().stream().distinct().map(community -> part(community) + rest).toList();
    }

    /** The regular expression that finds the keys of the people the search finds. */
    static String pattern(AccountSearch search) {
        StringBuilder pattern = new StringBuilder("^").append(literal(part(search.communityId()))).append(SEPARATOR);
        if (search.phonePrefix() != null) {
            pattern.append(literal(search.phonePrefix()));
        }
        if (search.text() == null && search.roles().isEmpty()) {
            return pattern.toString();
        }
        pattern.append(PART).append(SEPARATOR);
        if (search.text() == null) {
            pattern.append(PART).append(SEPARATOR).append(PART).append(SEPARATOR);
        } else {
            String text = literal(part(search.text()));
            pattern.append("(?:").append(PART).append(text).append(PART).append(SEPARATOR).append(PART).append(SEPARATOR)
                    .append('|').append(PART).append(SEPARATOR).append(PART).append(text).append(PART).append(SEPARATOR)
                    .append(')');
        }
        if (!search.roles().isEmpty()) {
            pattern.append("(?:[A-Z_]+,)*(?:")
                    .append(search.roles().stream().sorted().map(Role::name).collect(Collectors.joining("|")))
                    .append(")[,").append(SEPARATOR).append(']');
        }
        return pattern.toString();
    }

    /** A part of a key: without control characters, which could be taken for the separator. */
    private static String part(String value) {
        return value.replaceAll("\\p{Cntrl}", " ");
    }

    /**
     * The text matched literally, in the syntax Java and MongoDB (PCRE) share: ASCII other than letters and digits
     * escaped with a backslash, everything else (Chinese included) as it is; no {@code \Q…\E}, so that MongoDB can
     * still bound the index scan by a literal beginning.
     */
    static String literal(String text) {
        StringBuilder literal = new StringBuilder(text.length() + 8);
        text.chars().forEach(c -> {
            if (c < 128 && !Character.isLetterOrDigit(c)) {
                literal.append('\\');
            }
            literal.append((char) c);
        });
        return literal.toString();
    }
}
