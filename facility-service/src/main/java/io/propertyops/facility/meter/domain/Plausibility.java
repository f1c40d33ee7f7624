package io.propertyops.facility.meter.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The plausibility rules of a reading, against the meter's last counted reading:
 * <ul>
 *   <li>{@value #NEGATIVE_DELTA}: a register went down — unless it rolled over at the meter's digits (from near
 *       10^digits to near zero: the wrapped difference is under half the register's range), which is counted as the
 *       wrapped difference;</li>
 *   <li>{@value #JUMP}: it adds more than {@code k} × the median monthly consumption of the meter's last months
 *       (at least {@code minimumMonths} of them, and a median above zero);</li>
 *   <li>{@value #ZERO_OCCUPIED}: it adds nothing although the reader says the unit is occupied (入住).</li>
 * </ul>
 */
public final class Plausibility {

    public static final String NEGATIVE_DELTA = "negative-delta";
    public static final String JUMP = "jump";
    public static final String ZERO_OCCUPIED = "zero-occupied";

    private final BigDecimal jumpFactor;
    private final int historyMonths;
    private final int minimumMonths;

    /**
     * @param jumpFactor    k: how many times the median a reading may add before it is a jump
     * @param historyMonths how many of the last months the median is taken over
     * @param minimumMonths how many months of history the jump rule needs at least
     */
    public Plausibility(BigDecimal jumpFactor, int historyMonths, int minimumMonths) {
        this.jumpFactor = jumpFactor;
        this.historyMonths = historyMonths;
        this.minimumMonths = minimumMonths;
    }

    /** What a difference between two positions adds, per register, and whether a register rolled over. */
    public record Delta(Map<Register, BigDecimal> consumption, boolean rollover, boolean negative) {

        public BigDecimal total() {
            return consumption.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        }
    }

    /** The verdict on a reading: what it adds, whether across a rollover, and the rules it failed. */
    public record Verdict(Map<Register, BigDecimal> consumption, boolean rollover, List<String> rules) {

        public boolean plausible() {
            return rules.isEmpty();
        }
    }

    public Verdict judge(Meter meter, MeterPosition position, YearMonth period, Map<Register, BigDecimal> values,
                         Boolean occupied) {
        Delta delta = delta(meter, position.base(meter).values(), values);
        List<String> rules = new ArrayList<>();
        if (delta.negative()) {
            rules.add(NEGATIVE_DELTA);
        } else {
            BigDecimal median = medianMonthly(meter, position, period);
            if (median != null && delta.total().compareTo(median.multiply(jumpFactor)) > 0) {
                rules.add(JUMP);
            }
            if (Boolean.TRUE.equals(occupied) && position.last() != null && delta.total().signum() == 0) {
                rules.add(ZERO_OCCUPIED);
            }
        }
        return new Verdict(delta.consumption(), delta.rollover(), rules);
    }

    /** From the values {@code from} to {@code to}: each register's difference times the multiplier, wrapped where it rolled over. */
    public static Delta delta(Meter meter, Map<Register, BigDecimal> from, Map<Register, BigDecimal> to) {
        Map<Register, BigDecimal> consumption = new EnumMap<>(Register.class);
        boolean rollover = false;
        boolean negative = false;
        for (Register register : meter.tariff().registers()) {
            BigDecimal before = from.getOrDefault(register, BigDecimal.ZERO);
            BigDecimal now = to.getOrDefault(register, BigDecimal.ZERO);
            BigDecimal difference = now.subtract(before);
            if (difference.signum() < 0 && meter.digits() != null) {
                BigDecimal range = BigDecimal.TEN.pow(meter.digits());
                BigDecimal wrapped = difference.add(range);
                if (wrapped.signum() >= 0 && wrapped.compareTo(range.divide(BigDecimal.TWO)) < 0) {
                    difference = wrapped;
                    rollover = true;
                }
            }
            if (difference.signum() < 0) {
                negative = true;
            }
            consumption.put(register, difference.multiply(meter.multiplier()).setScale(3, RoundingMode.HALF_UP));
        }
        return new Delta(consumption, rollover, negative);
    }

    /**
     * The median of the meter's monthly consumption over its last {@code historyMonths} months before
     * {@code period}, from the last counted reading of each month (a stretch of several months without a reading
     * counts as its average month); null when there are fewer than {@code minimumMonths} or the median is zero.
     */
    public BigDecimal medianMonthly(Meter meter, MeterPosition position, YearMonth period) {
        List<BigDecimal> monthly = new ArrayList<>();
        ReadingPoint previous = meter.installation();
        YearMonth previousMonth = null;
        for (Map.Entry<YearMonth, ReadingPoint> end : position.ends().headMap(period, false).entrySet()) {
            Delta delta = delta(meter, previous.values(), end.getValue().values());
            long months = previousMonth == null ? 1 : Math.max(1, ChronoUnit.MONTHS.between(previousMonth, end.getKey()));
            if (!delta.negative() && previousMonth != null) {
                for (long i = 0; i < months; i++) {
                    monthly.add(delta.total().divide(BigDecimal.valueOf(months), 3, RoundingMode.HALF_UP));
                }
            }
            previous = end.getValue();
            previousMonth = end.getKey();
        }
        List<BigDecimal> last = monthly.subList(Math.max(0, monthly.size() - historyMonths), monthly.size());
        if (last.size() < minimumMonths) {
            return null;
        }
        List<BigDecimal> sorted = last.stream().sorted().toList();
        int middle = sorted.size() / 2;
        BigDecimal median = sorted.size() % 2 == 1 ? sorted.get(middle)
                : sorted.get(middle - 1).add(sorted.get(middle)).divide(BigDecimal.TWO, 3, RoundingMode.HALF_UP);
        return median.signum() > 0 ? median : null;
    }
}
