package io.propertyops.billing.payment.domain;

import io.propertyops.billing.ledger.domain.Money;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class ChineseAmountTest {

    @ParameterizedTest
    @CsvSource({
            "123.45, 壹佰贰拾叁元肆角伍分",
            "100.00, 壹佰元整",
            "1005.06, 壹仟零伍元零陆分",
            "0.50, 伍角",
            "0.05, 伍分",
            "10.00, 壹拾元整",
            "1050.00, 壹仟零伍拾元整",
            "10000.00, 壹万元整",
            "100001.00, 壹拾万零壹元整",
            "100000001.00, 壹亿零壹元整",
            "12345678.90, 壹仟贰佰叁拾肆万伍仟陆佰柒拾捌元玖角",
            "0.00, 零元整"})
    void writesAmountsInCapitals(String amount, String capitals) {
        assertThat(ChineseAmount.of(Money.of(amount))).isEqualTo(capitals);
    }
}
