package io.propertyops.ticket.kpi.persistence;

import org.junit.jupiter.api.Test;

import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class WorkOrderReaderTest {

    static boolean found(String typed, String in) {
        return Pattern.compile(WorkOrderReader.escaped(typed), Pattern.CASE_INSENSITIVE).matcher(in).find();
    }

    @Test
    void searchTextIsTakenLiterally() {
        assertThat(found("a.c", "A.C 漏水")).isTrue();
        assertThat(found("a.c", "abc")).isFalse();
        assertThat(found(".*", "anything")).isFalse();
        assertThat(found("(1+1)*[2]{3}^$|?\\", "x (1+1)*[2]{3}^$|?\\ y")).isTrue();
        assertThat(found("厨房", "厨房水管漏水")).isTrue();
    }

    @Test
    void aNulInTheSearchTextIsWrittenAsItsEscapeSoTheStoreCanTakeThePattern() {
        assertThat(WorkOrderReader.escaped("a\u0000b")).doesNotContain("\u0000");
        assertThat(found("a\u0000b", "xa\u0000by")).isTrue();
        assertThat(found("a\u0000b", "ab")).isFalse();
    }
}
