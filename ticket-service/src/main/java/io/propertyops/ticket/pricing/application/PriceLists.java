package io.propertyops.ticket.pricing.application;

import io.propertyops.starter.web.Caller;
import io.propertyops.ticket.pricing.domain.PriceItem;
import io.propertyops.ticket.pricing.domain.PriceList;
import org.springframework.stereotype.Service;

import java.math.BigDecimal;
import java.util.List;

/**
 * Each community's price list, stored in {@code price_lists}; a community that has not published its own uses the
 * platform's default list. Owners and staff of the community may read it (收费公示); managers publish it.
 */
@Service
public class PriceLists {

    /** A starting list in CNY, for communities that have not published their own yet. */
    static final List<PriceItem> DEFAULT_ITEMS = List.of(
            new PriceItem("labour-hour", "维修工时", "小时", new BigDecimal("50.00")),
            new PriceItem("angle-valve", "角阀", "个", new BigDecimal("38.00")),
            new PriceItem("faucet-cartridge", "龙头阀芯", "个", new BigDecimal("45.00")),
            new PriceItem("pipe", "PPR 水管", "米", new BigDecimal("25.00")),
            new PriceItem("switch-socket", "开关插座", "个", new BigDecimal("30.00")),
            new PriceItem("light-fitting", "灯具安装", "套", new BigDecimal("40.00")),
            new PriceItem("lock-cylinder", "门锁锁芯", "个", new BigDecimal("120.00")));

    private final PriceListStore store;

    PriceLists(PriceListStore store) {
        this.store = store;
    }

    public PriceList inForce(String communityId) {
        return store.find(communityId).orElseGet(() -> new PriceList(communityId, "CNY", DEFAULT_ITEMS));
    }

    public PriceList get(Caller caller, String communityId) {
        caller.requireCommunity(communityId);
        return inForce(communityId);
    }

    public PriceList publish(Caller caller, String communityId, String currency, List<PriceItem> items) {
        caller.requireCommunity(communityId);
        PriceList list = new PriceList(communityId, currency, items);
        store.save(list);
        return list;
    }

}
