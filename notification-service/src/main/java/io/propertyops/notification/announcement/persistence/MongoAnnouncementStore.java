package io.propertyops.notification.announcement.persistence;

import io.propertyops.notification.announcement.application.AnnouncementStore;
import io.propertyops.notification.announcement.domain.Announcement;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/** The announcements in {@code announcements}. */
@Component
class MongoAnnouncementStore implements AnnouncementStore {

    /** An announcement as stored. */
    @Document("announcements")
    record AnnouncementDocument(@Id String id, Announcement.Scope scope, List<String> communityIds,
                                List<String> buildingIds, List<String> unitIds, String title, String body,
                                boolean urgent, String publishedBy, Instant publishedAt, Announcement.State state,
                                Instant fanOutHeldUntil, Instant completedAt) {

        static AnnouncementDocument of(Announcement a) {
            return new AnnouncementDocument(a.id(), a.scope(), a.communityIds(), a.buildingIds(), a.unitIds(),
                    a.title(), a.body(), a.urgent(), a.publishedBy(), a.publishedAt(), a.state(), a.fanOutHeldUntil(),
                    a.completedAt());
        }

        Announcement announcement() {
            return new Announcement(id, scope, communityIds, buildingIds, unitIds, title, body, urgent, publishedBy,
                    publishedAt, state, fanOutHeldUntil, completedAt);
        }
    }

    private final MongoTemplate mongo;

    MongoAnnouncementStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void insert(Announcement announcement) {
        mongo.insert(AnnouncementDocument.of(announcement));
    }

    @Override
    public Optional<Announcement> byId(String id) {
        return Optional.ofNullable(mongo.findById(id, AnnouncementDocument.class)).map(AnnouncementDocument::announcement);
    }

    @Override
    public Page<Announcement> ofCommunity(String communityId, Pageable pageable) {
        Query query = Query.query(new Criteria().orOperator(Criteria.where("communityIds").is(communityId),
                Criteria.where("scope").is(Announcement.Scope.ALL)));
        long total = mongo.count(query, AnnouncementDocument.class);
        query.with(pageable).with(Sort.by(Sort.Direction.DESC, "publishedAt"));
        return new PageImpl<>(mongo.find(query, AnnouncementDocument.class).stream()
                .map(AnnouncementDocument::announcement).toList(), pageable, total);
    }

    @Override
    public List<Announcement> lapsed(Instant now, int limit) {
        return mongo.find(Query.query(Criteria.where("state").is(Announcement.State.PUBLISHING)
                        .and("fanOutHeldUntil").lt(now)).limit(limit), AnnouncementDocument.class)
                .stream().map(AnnouncementDocument::announcement).toList();
    }

    @Override
    public Optional<Announcement> take(String id, Instant now, Instant until) {
        return Optional.ofNullable(mongo.findAndModify(
                Query.query(Criteria.where("_id").is(id).and("state").is(Announcement.State.PUBLISHING)
                        .and("fanOutHeldUntil").lt(now)),
                new Update().set("fanOutHeldUntil", until),
                FindAndModifyOptions.options().returnNew(true), AnnouncementDocument.class))
                .map(AnnouncementDocument::announcement);
    }

    @Override
    public void hold(String id, Instant until) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(id)), new Update().set("fanOutHeldUntil", until),
                AnnouncementDocument.class);
    }

    @Override
    public void published(String id, Instant at) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(id).and("state").is(Announcement.State.PUBLISHING)),
                new Update().set("state", Announcement.State.PUBLISHED).set("completedAt", at).unset("fanOutHeldUntil"),
                AnnouncementDocument.class);
    }
}
