package io.propertyops.ticket.category.domain;

import io.propertyops.starter.domain.RuleViolationException;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** A community's categories: trades with their subjects, two levels deep, every code unique. */
public record CategoryTree(String communityId, List<Category> trades) {

    private static final String CODE = "[a-z][a-z0-9-]{1,39}";

    public CategoryTree {
        Objects.requireNonNull(communityId, "communityId");
        trades = List.copyOf(trades);
        if (trades.isEmpty()) {
            throw new RuleViolationException("empty-category-tree", "trades", "a community needs at least one category");
        }
        Set<String> codes = new HashSet<>();
        for (Category trade : trades) {
            check(trade, codes);
            for (Category subject : trade.children()) {
                check(subject, codes);
                if (!subject.children().isEmpty()) {
                    throw new RuleViolationException("category-too-deep", "trades",
                            "categories are two levels deep: " + subject.code() + " cannot have subjects");
                }
            }
        }
    }

    private static void check(Category category, Set<String> codes) {
        if (!category.code().matches(CODE)) {
            throw new RuleViolationException("invalid-category-code", "trades",
                    "category codes are lower-case words joined by '-': " + category.code());
        }
        if (category.name().isBlank()) {
            throw new RuleViolationException("invalid-category-name", "trades", category.code() + " needs a name");
        }
        if (!codes.add(category.code())) {
            throw new RuleViolationException("duplicate-category", "trades", category.code() + " appears twice");
        }
    }

    /**
     * The trade of an active category a new work order may have: itself for a trade, its parent for a subject.
     *
     * @throws RuleViolationException for a code the tree does not offer
     */
    public String tradeOf(String code) {
        return find(code).filter(Found::active).map(Found::trade).orElseThrow(() -> new RuleViolationException(
                "unknown-category", "category", "Unknown category '" + code + "' in this community"));
    }

    /**
     * The trade of any category the tree knows, active or not, for work orders that already have it; a code it
     * no longer knows is its own trade.
     */
    public String tradeOfExisting(String code) {
        return find(code).map(Found::trade).orElse(code);
    }

    private Optional<Found> find(String code) {
        for (Category trade : trades) {
            if (trade.code().equals(code)) {
                return Optional.of(new Found(trade.code(), trade.active()));
            }
            for (Category subject : trade.children()) {
                if (subject.code().equals(code)) {
                    return Optional.of(new Found(trade.code(), trade.active() && subject.active()));
                }
            }
        }
        return Optional.empty();
    }

    private record Found(String trade, boolean active) {
    }

    /** What a community has until its staff edit it: the common trades of residential estates. */
    public static CategoryTree standard(String communityId) {
        return new CategoryTree(communityId, List.of(
                Category.trade("plumbing", "给排水", Category.subject("plumbing-leak", "漏水"),
                        Category.subject("plumbing-blockage", "堵塞"), Category.subject("plumbing-burst-pipe", "爆管")),
                Category.trade("electrical", "电气", Category.subject("electrical-outage", "停电"),
                        Category.subject("electrical-socket", "插座开关"), Category.subject("electrical-lighting", "照明")),
                Category.trade("elevator", "电梯", Category.subject("elevator-trapped", "困人"),
                        Category.subject("elevator-fault", "故障")),
                Category.trade("hvac", "暖通空调"),
                Category.trade("fire", "消防", Category.subject("fire-alarm", "报警"),
                        Category.subject("fire-equipment", "消防设施")),
                Category.trade("doors-locks", "门窗门锁"),
                Category.trade("cleaning", "保洁"),
                Category.trade("greening", "绿化"),
                Category.trade("noise", "噪音"),
                Category.trade("parking", "停车"),
                Category.trade("security", "安全"),
                Category.trade("other", "其他")));
    }
}
