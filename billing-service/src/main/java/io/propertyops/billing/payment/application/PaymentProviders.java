package io.propertyops.billing.payment.application;

import io.propertyops.billing.ledger.domain.PaymentMethod;
import io.propertyops.starter.domain.NotFoundException;
import org.springframework.stereotype.Component;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The providers this service has, by method, and by the name their notifications' path gives ({@code wechat-pay}). */
@Component
public class PaymentProviders {

    private final Map<PaymentMethod, PaymentProvider> providers = new EnumMap<>(PaymentMethod.class);

    PaymentProviders(List<PaymentProvider> all) {
        all.forEach(provider -> providers.put(provider.method(), provider));
    }

    public PaymentProvider get(PaymentMethod method) {
        PaymentProvider provider = providers.get(method);
        if (provider == null) {
            throw new NotFoundException("Payment provider", pathName(method));
        }
        return provider;
    }

    /** The provider named {@code wechat-pay} or {@code sandbox}, if this service has it. */
    public Optional<PaymentProvider> find(String name) {
        return providers.values().stream().filter(provider -> pathName(provider.method()).equals(name)).findFirst();
    }

    public static String pathName(PaymentMethod method) {
        return method.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
