package io.propertyops.billing.ledger.application;

import io.propertyops.billing.ledger.domain.Ledger;
import io.propertyops.billing.ledger.domain.Payer;
import io.propertyops.events.DomainEvent;
import io.propertyops.starter.domain.NotFoundException;
import io.propertyops.starter.security.Roles;
import io.propertyops.starter.web.Caller;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The one way lines reach a ledger: read the payer's ledger, run a command on it, append the lines it posted
 * together with the events they cause in one write on the version that was read — and when someone else wrote
 * meanwhile, read again and run the command again (commands are idempotent on their line ids, so a command that
 * had been applied by then posts nothing). Every feature that moves money posts through here.
 */
@Service
public class Ledgers {

    static final int ATTEMPTS = 8;

    /** A command run on a ledger, and the events its posting causes. */
    public record Command(Function<Ledger, Ledger.Posting> posting,
                          BiFunction<Ledger, Ledger.Posting, List<? extends DomainEvent>> events) {
    }

    private final LedgerStore store;

    Ledgers(LedgerStore store) {
        this.store = store;
    }

    /** Runs the command on the payer's ledger (opened in the community if it has none yet); the posting. */
    public Ledger.Posting post(Payer payer, String communityId, Command command) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Ledger read = store.find(payer).orElseGet(() -> Ledger.open(payer, communityId));
            Ledger.Posting posting = command.posting().apply(read);
            if (!posting.changed() || store.append(new LedgerStore.Append(read, posting.posted(),
                    command.events().apply(read, posting)))) {
                return posting;
            }
        }
        throw new OptimisticLockingFailureException("Ledger " + payer.key() + " kept changing");
    }

    /**
     * Runs one command per payer, all in bulk (one read, one write, then again for those that changed meanwhile):
     * for bill runs and daily jobs over a community. Answers the postings by payer.
     */
    public Map<Payer, Ledger.Posting> postAll(String communityId, Map<Payer, Command> commands) {
        Map<Payer, Ledger.Posting> done = new HashMap<>();
        Map<Payer, Command> left = new HashMap<>(commands);
        for (int attempt = 0; attempt < ATTEMPTS && !left.isEmpty(); attempt++) {
            Map<Payer, Ledger> read = store.findAll(left.keySet());
            List<LedgerStore.Append> appends = new ArrayList<>();
            Map<Payer, Ledger.Posting> postings = new HashMap<>();
            left.forEach((payer, command) -> {
                Ledger ledger = Optional.ofNullable(read.get(payer)).orElseGet(() -> Ledger.open(payer, communityId));
                Ledger.Posting posting = command.posting().apply(ledger);
                postings.put(payer, posting);
                if (posting.changed()) {
                    appends.add(new LedgerStore.Append(ledger, posting.posted(), command.events().apply(ledger, posting)));
                }
            });
            Set<Payer> conflicted = new HashSet<>(store.appendAll(appends));
            postings.forEach((payer, posting) -> {
                if (!conflicted.contains(payer)) {
                    done.put(payer, posting);
                }
            });
            left.keySet().retainAll(conflicted);
        }
        if (!left.isEmpty()) {
            throw new OptimisticLockingFailureException(left.size() + " ledgers kept changing");
        }
        return done;
    }

    /**
     * A payer's ledger as the caller may see it: staff of its community, the owners and residents of its unit, the
     * person it belongs to; anyone else meets a 404, as if it did not exist.
     */
    public Ledger visibleTo(Caller caller, Payer payer) {
        return store.find(payer).filter(ledger -> mayRead(caller, ledger))
                .orElseThrow(() -> new NotFoundException("Ledger", payer.key()));
    }

    /** Whether the caller may read this ledger (see {@link #visibleTo}). */
    public static boolean mayRead(Caller caller, Ledger ledger) {
        Payer payer = ledger.payer();
        if (caller.hasAnyRole(Roles.OWNER, Roles.RESIDENT)) {
            return payer.kind() == Payer.Kind.UNIT ? caller.ownsUnit(payer.id())
                    : payer.kind() == Payer.Kind.PERSON && payer.id().equals(caller.id());
        }
        return caller.inCommunity(ledger.communityId());
    }

    public Optional<Ledger> find(Payer payer) {
        return store.find(payer);
    }

    public List<Ledger> inCommunity(String communityId) {
        return store.inCommunity(communityId);
    }
}
