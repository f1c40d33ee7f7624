package io.propertyops.billing.arrears.application;

import io.propertyops.billing.arrears.domain.Aging;
import io.propertyops.billing.arrears.domain.DunningContact;
import io.propertyops.billing.arrears.domain.Receivables;
import io.propertyops.billing.ledger.application.Ledgers;
import io.propertyops.billing.ledger.domain.Ledger;
import io.propertyops.billing.ledger.domain.Payer;
import io.propertyops.starter.domain.NotFoundException;
import io.propertyops.starter.web.Caller;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * Arrears and their collection (欠费与催缴): the dunning worklist of a community — each payer in arrears, aged,
 * with their last contact, the largest and oldest first — the contacts staff record, and the receivables review
 * of a period.
 */
@Service
public class Arrears {

    /** A payer in arrears on a day, with the last attempt to collect. */
    public record Row(Payer payer, Aging aging, DunningContact lastContact) {
    }

    /** What staff record of a contact. */
    public record NewContact(DunningContact.Way way, DunningContact.Outcome outcome, LocalDate promisedOn, String note) {
    }

    private final Ledgers ledgers;
    private final DunningContacts contacts;
    private final Clock clock;

    Arrears(Ledgers ledgers, DunningContacts contacts, Clock clock) {
        this.ledgers = ledgers;
        this.contacts = contacts;
        this.clock = clock;
    }

    public List<Row> worklist(Caller caller, String communityId, LocalDate asOf) {
        caller.requireCommunity(communityId);
        Map<String, DunningContact> latest = contacts.latestInCommunity(communityId);
        return ledgers.inCommunity(communityId).stream()
                .map(ledger -> new Row(ledger.payer(), Aging.of(ledger, asOf), latest.get(ledger.payer().key())))
                .filter(row -> row.aging().inArrears())
                .sorted(Comparator.comparing((Row row) -> row.aging().overdue()).reversed()
                        .thenComparing(row -> row.aging().oldestDueOn()))
                .toList();
    }

    public DunningContact record(Caller caller, Payer payer, NewContact contact, String key) {
        Ledger ledger = staffLedger(caller, payer);
        DunningContact recorded = new DunningContact(payer.key() + "/" + (key != null ? key : UUID.randomUUID().toString()),
                ledger.communityId(), payer.key(), contact.way(), contact.outcome(), contact.promisedOn(),
                contact.note(), caller.id(), clock.instant());
        if (!contacts.insert(recorded)) {
            return contacts.of(payer.key()).stream().filter(c -> c.id().equals(recorded.id())).findFirst()
                    .orElse(recorded);
        }
        return recorded;
    }

    public List<DunningContact> contacts(Caller caller, Payer payer) {
        staffLedger(caller, payer);
        return contacts.of(payer.key()).stream().sorted(Comparator.comparing(DunningContact::at).reversed()).toList();
    }

    /** The ledger and the payer's arrears on a day, for a notice letter. */
    public Aging aging(Caller caller, Payer payer, LocalDate asOf) {
        return Aging.of(staffLedger(caller, payer), asOf);
    }

    /**
     * The receivables review of a period (月度应收审查): total, by fee item, and by {@code groupOf} (e.g. building),
     * as collected by the end of {@code asOf}.
     */
    public Map<String, Receivables> receivables(Caller caller, String communityId, String period, Instant asOf,
                                                Function<Receivables.LineOf, String> groupOf) {
        caller.requireCommunity(communityId);
        return Receivables.of(ledgers.inCommunity(communityId), period, asOf, groupOf);
    }

    private Ledger staffLedger(Caller caller, Payer payer) {
        Ledger ledger = ledgers.find(payer).filter(found -> caller.inCommunity(found.communityId()))
                .orElseThrow(() -> new NotFoundException("Ledger", payer.key()));
        return ledger;
    }
}
