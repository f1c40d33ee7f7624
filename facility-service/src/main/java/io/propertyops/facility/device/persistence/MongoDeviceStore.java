package io.propertyops.facility.device.persistence;

import io.propertyops.facility.device.application.DeviceStore;
import io.propertyops.facility.device.domain.AlarmEpisodes;
import io.propertyops.facility.device.domain.Device;
import io.propertyops.facility.device.domain.DeviceGateway;
import io.propertyops.starter.messaging.Effects;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.FindAndReplaceOptions;
import io.propertyops.starter.persistence.ByIds;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Gateways, devices, alarm episodes and received batches on MongoDB; what a batch needs is read by ids. */
@Repository
class MongoDeviceStore implements DeviceStore {

    private final MongoTemplate mongo;

    MongoDeviceStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public boolean insert(DeviceGateway gateway) {
        return Effects.insertOnce(mongo, GatewayDocument.of(gateway));
    }

    @Override
    public Optional<DeviceGateway> gateway(String id) {
        return Optional.ofNullable(mongo.findById(id, GatewayDocument.class)).map(GatewayDocument::toDomain);
    }

    @Override
    public List<DeviceGateway> gateways(String communityId) {
        return mongo.find(Query.query(Criteria.where("communityId").is(communityId)).with(Sort.by("name")),
                GatewayDocument.class).stream().map(GatewayDocument::toDomain).toList();
    }

    @Override
    public void save(Device device) {
        mongo.save(DeviceDocument.of(device));
    }

    @Override
    public List<Device> devices(String gatewayId) {
        return mongo.find(Query.query(Criteria.where("gatewayId").is(gatewayId)).with(Sort.by("deviceId")),
                DeviceDocument.class).stream().map(DeviceDocument::toDomain).toList();
    }

    @Override
    public Map<String, Device> devices(String gatewayId, Collection<String> deviceIds) {
        Map<String, Device> found = new HashMap<>();
        if (!deviceIds.isEmpty()) {
            ByIds.find(mongo, deviceIds.stream().map(id -> DeviceDocument.idOf(gatewayId, id)).toList(),
                            DeviceDocument.class)
                    .forEach(document -> found.put(document.deviceId(), document.toDomain()));
        }
        return found;
    }

    @Override
    public Map<String, AlarmEpisodes> episodes(Collection<String> keys) {
        Map<String, AlarmEpisodes> found = new HashMap<>();
        if (!keys.isEmpty()) {
            ByIds.find(mongo, keys, EpisodeDocument.class)
                    .forEach(document -> found.put(document.id(), document.toDomain()));
        }
        return found;
    }

    @Override
    public void saveEpisodes(List<AlarmEpisodes> episodes) {
        if (episodes.isEmpty()) {
            return;
        }
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, EpisodeDocument.class);
        for (AlarmEpisodes episode : episodes) {
            Document replacement = new Document();
            mongo.getConverter().write(EpisodeDocument.of(episode), replacement);
            bulk.replaceOne(Query.query(Criteria.where("_id").is(episode.key())), replacement,
                    FindAndReplaceOptions.options().upsert());
        }
        bulk.execute();
    }

    @Override
    public boolean received(String gatewayId, String batchId, Instant at) {
        return Effects.insertOnce(mongo, new BatchDocument(gatewayId + "/" + batchId, at));
    }

    @Override
    public void forget(String gatewayId, String batchId) {
        mongo.remove(Query.query(Criteria.where("_id").is(gatewayId + "/" + batchId)), BatchDocument.class);
    }
}
