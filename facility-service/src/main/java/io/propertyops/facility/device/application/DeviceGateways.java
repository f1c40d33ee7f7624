package io.propertyops.facility.device.application;

import io.propertyops.facility.device.domain.Device;
import io.propertyops.facility.device.domain.DeviceGateway;
import io.propertyops.facility.meter.application.Meters;
import io.propertyops.facility.meter.domain.Meter;
import io.propertyops.facility.shared.domain.Location;
import io.propertyops.starter.domain.NotFoundException;
import io.propertyops.starter.domain.RuleViolationException;
import io.propertyops.starter.web.Caller;
import org.springframework.stereotype.Service;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/** Registers a community's device gateways, each with a secret of its own, and the devices behind them. */
@Service
public class DeviceGateways {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final DeviceStore store;
    private final Meters meters;
    private final Clock clock;

    DeviceGateways(DeviceStore store, Meters meters, Clock clock) {
        this.store = store;
        this.meters = meters;
        this.clock = clock;
    }

    public record Registered(DeviceGateway gateway, boolean created) {
    }

    /**
     * Registers a gateway with a new secret. A retry by the same person with the same Idempotency-Key answers the
     * gateway registered the first time, its secret included.
     */
    public Registered register(Caller caller, String communityId, String name, String idempotencyKey) {
        caller.requireCommunity(communityId);
        String id = idempotencyKey == null ? UUID.randomUUID().toString()
                : UUID.nameUUIDFromBytes((caller.id() + "\n" + idempotencyKey).getBytes(StandardCharsets.UTF_8)).toString();
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        DeviceGateway gateway = new DeviceGateway(id, communityId, name,
                Base64.getUrlEncoder().withoutPadding().encodeToString(secret), caller.id(), clock.instant());
        if (store.insert(gateway)) {
            return new Registered(gateway, true);
        }
        return new Registered(gateway(caller, id), false);
    }

    public DeviceGateway gateway(Caller caller, String id) {
        return store.gateway(id).filter(gateway -> caller.inCommunity(gateway.communityId()))
                .orElseThrow(() -> new NotFoundException("Device gateway", id));
    }

    public List<DeviceGateway> gateways(Caller caller, String communityId) {
        caller.requireCommunity(communityId);
        return store.gateways(communityId);
    }

    /** Registers (or changes) a device behind the gateway; its meter, if any, is one of the community's. */
    public Device putDevice(Caller caller, String gatewayId, String deviceId, String name, Location location,
                            String locationName, String equipmentId, String meterId, String category) {
        DeviceGateway gateway = gateway(caller, gatewayId);
        if (meterId != null) {
            Meter meter = meters.get(caller, meterId);
            if (!meter.communityId().equals(gateway.communityId())) {
                throw new RuleViolationException("meter-elsewhere", "meterId", "The meter is in another community");
            }
        }
        Device device = new Device(gatewayId, deviceId, gateway.communityId(), name, location, locationName,
                equipmentId, meterId, category);
        store.save(device);
        return device;
    }

    public List<Device> devices(Caller caller, String gatewayId) {
        gateway(caller, gatewayId);
        return store.devices(gatewayId);
    }
}
