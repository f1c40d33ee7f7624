package io.propertyops.ticket.pricing.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.propertyops.starter.domain.RuleViolationException;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PriceListTest {

    static final PriceList CUIHU = new PriceList("cuihu", "CNY", List.of(
            new PriceItem("labour-hour", "维修工时", "小时", new BigDecimal("50")),
            new PriceItem("pipe", "PPR 水管", "米", new BigDecimal("25.005"))));

    @Test
    void pricesEachLineToTheCentAndAddsThemUp() {
        Map<String, BigDecimal> wanted = new LinkedHashMap<>();
        wanted.put("labour-hour", new BigDecimal("0.333"));
        wanted.put("pipe", new BigDecimal("1.5"));

        Quote quote = CUIHU.price(wanted).proposedBy("tech-1", java.time.Instant.EPOCH);

        assertThat(quote.lines()).extracting(Quote.Line::amount)
                .containsExactly(new BigDecimal("16.65"), new BigDecimal("37.52"));
        assertThat(quote.lines().get(1).unitPrice()).as("list prices are kept in cents").isEqualTo(new BigDecimal("25.01"));
        assertThat(quote.total()).isEqualTo(new BigDecimal("54.17"));
    }

    @Test
    void unknownCodesZeroQuantitiesAndEmptyQuotesAreRefused() {
        assertThatThrownBy(() -> CUIHU.price(Map.of("gold-tap", BigDecimal.ONE))).isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> CUIHU.price(Map.of("pipe", BigDecimal.ZERO))).isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> CUIHU.price(Map.of())).isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> new PriceList("c", "CNY", List.of(CUIHU.items().getFirst(), CUIHU.items().getFirst())))
                .isInstanceOf(RuleViolationException.class);
    }
}
