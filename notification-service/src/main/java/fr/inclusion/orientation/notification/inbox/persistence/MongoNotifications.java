package fr.inclusion.orientation.notification.inbox.persistence;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

import fr.inclusion.orientation.notification.inbox.domain.Audience;
import fr.inclusion.orientation.notification.inbox.domain.Notification;
import fr.inclusion.orientation.notification.inbox.domain.Notifications;
import fr.inclusion.orientation.support.page.Page;

@Repository
class MongoNotifications implements Notifications {

    private final MongoTemplate mongo;

    MongoNotifications(MongoTemplate mongo) {
        this.mongo = mongo;
        // The inbox query: one audience set, newest first.
        mongo.indexOps(NotificationDocument.class).createIndex(new Index()
                .on("audience", Sort.Direction.ASC).on("createdAt", Sort.Direction.DESC).named("inbox"));
    }

    @Override
    public boolean add(Notification notification) {
        try {
            mongo.insert(NotificationDocument.of(notification));
            return true;
        } catch (DuplicateKeyException redelivered) {
            return false;
        }
    }

    @Override
    public Page<Notification> inbox(Collection<Audience> audiences, boolean unreadOnly, int page, int size) {
        Criteria criteria = Criteria.where("audience").in(values(audiences));
        if (unreadOnly) {
            criteria = criteria.and("readAt").is(null);
        }
        long total = mongo.count(new Query(criteria), NotificationDocument.class);
        Query pageQuery = new Query(criteria)
                .with(Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("_id")))
                .skip((long) page * size)
                .limit(size);
        List<Notification> items = mongo.find(pageQuery, NotificationDocument.class).stream()
                .map(NotificationDocument::toDomain)
                .toList();
        return new Page<>(items, page, size, total);
    }

    @Override
    public Optional<Notification> find(String id, Collection<Audience> audiences) {
        Query query = new Query(Criteria.where("_id").is(id).and("audience").in(values(audiences)));
        return Optional.ofNullable(mongo.findOne(query, NotificationDocument.class))
                .map(NotificationDocument::toDomain);
    }

    @Override
    public void markRead(String id, Instant at) {
        mongo.updateFirst(new Query(Criteria.where("_id").is(id).and("readAt").is(null)),
                new Update().set("readAt", at), NotificationDocument.class);
    }

    private static List<String> values(Collection<Audience> audiences) {
        return audiences.stream().map(Audience::value).toList();
    }
}
