package io.propertyops.facility.device.application;

import io.propertyops.facility.device.domain.AlarmEpisodes;
import io.propertyops.facility.device.domain.Device;
import io.propertyops.facility.device.domain.DeviceGateway;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Where gateways, their devices, the alarms' episodes and the batches received are kept. */
public interface DeviceStore {

    /** Inserts a gateway; false if one of its id exists. */
    boolean insert(DeviceGateway gateway);

    Optional<DeviceGateway> gateway(String id);

    List<DeviceGateway> gateways(String communityId);

    void save(Device device);

    List<Device> devices(String gatewayId);

    /** The gateway's devices of these ids that are registered, by device id: one read. */
    Map<String, Device> devices(String gatewayId, Collection<String> deviceIds);

    /** The episodes of these alarm keys that were ever recorded, by key: one read. */
    Map<String, AlarmEpisodes> episodes(Collection<String> keys);

    /** Saves the episodes, one bulk. */
    void saveEpisodes(List<AlarmEpisodes> episodes);

    /** Records a batch as received; false if it was received before (a replay). */
    boolean received(String gatewayId, String batchId, Instant at);

    /** Forgets a batch that failed, so the gateway may send it again. */
    void forget(String gatewayId, String batchId);
}
