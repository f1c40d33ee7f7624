package io.propertyops.billing.report.application;

import io.propertyops.billing.ledger.domain.BillingDay;
import io.propertyops.billing.arrears.domain.Receivables;
import io.propertyops.billing.ledger.application.Ledgers;
import io.propertyops.billing.ledger.domain.Ledger;
import io.propertyops.billing.ledger.domain.Money;
import io.propertyops.starter.web.Caller;
import org.springframework.stereotype.Service;

import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Collection reports (收费报表) from the ledgers: the receivables and collection rate month by month, by any grouping
 * of one period (building, unit, fee item), and the prepaid balances — for the portal's charts and the XLSX exports.
 */
@Service
public class CollectionReports {

    /** A month's figures. */
    public record Month(YearMonth month, Receivables figures) {
    }

    /** A payer holding prepaid money. */
    public record Prepaid(Ledger ledger, Money prepaid) {
    }

    private final Ledgers ledgers;

    CollectionReports(Ledgers ledgers) {
        this.ledgers = ledgers;
    }

    /** Each month from {@code from} to {@code to} (at most 36): its charges, as collected by {@code asOf}. */
    public List<Month> monthly(Caller caller, String communityId, YearMonth from, YearMonth to, Instant asOf) {
        caller.requireCommunity(communityId);
        List<Ledger> all = ledgers.inCommunity(communityId);
        List<Month> months = new ArrayList<>();
        for (YearMonth month = from; !month.isAfter(to) && months.size() < 36; month = month.plusMonths(1)) {
            Receivables figures = Receivables.of(all, month.toString(), asOf, line -> "all").values().stream()
                    .reduce(Receivables.NONE, Receivables::plus);
            months.add(new Month(month, figures));
        }
        return months;
    }

    /** One period's figures grouped as asked, groups in their natural order. */
    public Map<String, Receivables> grouped(Caller caller, String communityId, String period, Instant asOf,
                                            Function<Receivables.LineOf, String> groupOf) {
        caller.requireCommunity(communityId);
        Map<String, Receivables> grouped = Receivables.of(ledgers.inCommunity(communityId), period, asOf, groupOf);
        Map<String, Receivables> sorted = new LinkedHashMap<>();
        grouped.keySet().stream().sorted().forEach(key -> sorted.put(key, grouped.get(key)));
        return sorted;
    }

    /** The payers holding prepaid money (预存余额), largest first. */
    public List<Prepaid> prepaid(Caller caller, String communityId) {
        caller.requireCommunity(communityId);
        return ledgers.inCommunity(communityId).stream().filter(ledger -> ledger.prepaid().isPositive())
                .map(ledger -> new Prepaid(ledger, ledger.prepaid()))
                .sorted(Comparator.comparing(Prepaid::prepaid).reversed()).toList();
    }

    /** The end of a day in China, for "collected by". */
    public static Instant endOf(java.time.LocalDate day) {
        return BillingDay.endOf(day);
    }
}
