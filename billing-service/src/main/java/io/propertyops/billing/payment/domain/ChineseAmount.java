package io.propertyops.billing.payment.domain;

import io.propertyops.billing.ledger.domain.Money;

import java.math.BigDecimal;

/**
 * An amount in Chinese capital numerals (大写金额), as receipts and cheques write it so it cannot be altered:
 * 123.45 → 壹佰贰拾叁元肆角伍分; 100 → 壹佰元整; 1005.06 → 壹仟零伍元零陆分; 0.50 → 伍角. Zeros inside a group of
 * four read 零 once; a whole amount ends in 整.
 */
public final class ChineseAmount {

    private static final String DIGITS = "零壹贰叁肆伍陆柒捌玖";
    private static final String[] PLACES = {"", "拾", "佰", "仟"};
    private static final String[] GROUPS = {"", "万", "亿", "万亿"};

    private ChineseAmount() {
    }

    public static String of(Money money) {
        if (money.isNegative()) {
            return "负" + of(Money.ZERO.minus(money));
        }
        long fen = money.fen();
        long yuan = fen / 100;
        int jiao = (int) (fen / 10 % 10);
        int cents = (int) (fen % 10);
        if (fen == 0) {
            return "零元整";
        }
        StringBuilder text = new StringBuilder();
        if (yuan > 0) {
            text.append(integer(yuan)).append('元');
        }
        if (jiao == 0 && cents == 0) {
            return text.append('整').toString();
        }
        if (jiao > 0) {
            text.append(DIGITS.charAt(jiao)).append('角');
        } else if (yuan > 0) {
            text.append('零');
        }
        if (cents > 0) {
            text.append(DIGITS.charAt(cents)).append('分');
        }
        return text.toString();
    }

    public static String of(BigDecimal yuan) {
        return of(new Money(yuan));
    }

    private static String integer(long number) {
        int[] groups = new int[GROUPS.length];
        for (int g = 0; number > 0; g++) {
            groups[g] = (int) (number % 10_000);
            number /= 10_000;
        }
        StringBuilder text = new StringBuilder();
        boolean zeroBetween = false;
        for (int g = groups.length - 1; g >= 0; g--) {
            int four = groups[g];
            if (four == 0) {
                zeroBetween = text.length() > 0;
                continue;
            }
            if (text.length() > 0 && (zeroBetween || four < 1000)) {
                text.append('零');
            }
            text.append(four(four)).append(GROUPS[g]);
            zeroBetween = false;
        }
        return text.toString();
    }

    private static String four(int number) {
        StringBuilder text = new StringBuilder();
        boolean zero = false;
        for (int place = 3, power = 1000; place >= 0; place--, power /= 10) {
            int digit = number / power % 10;
            if (digit == 0) {
                zero = text.length() > 0;
            } else {
                if (zero) {
                    text.append('零');
                    zero = false;
                }
                text.append(DIGITS.charAt(digit)).append(PLACES[place]);
            }
        }
        return text.toString();
    }
}
