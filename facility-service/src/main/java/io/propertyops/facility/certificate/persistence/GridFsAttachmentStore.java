package io.propertyops.facility.certificate.persistence;

import com.mongodb.client.gridfs.model.GridFSFile;
import io.propertyops.facility.certificate.application.AttachmentStore;
import org.bson.Document;
import org.springframework.data.mongodb.MongoDatabaseFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.gridfs.GridFsTemplate;
import org.springframework.data.mongodb.gridfs.GridFsUpload;
import org.springframework.stereotype.Repository;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/** The bytes of certificates' scanned documents in MongoDB GridFS (bucket {@value #BUCKET}), by document id. */
@Repository
class GridFsAttachmentStore implements AttachmentStore {

    static final String BUCKET = "certificate_documents";

    private final MongoTemplate mongo;
    private final GridFsTemplate files;

    GridFsAttachmentStore(MongoTemplate mongo, MongoDatabaseFactory databases) {
        this.mongo = mongo;
        this.files = new GridFsTemplate(databases, mongo.getConverter(), BUCKET);
    }

    @Override
    public void write(String documentId, String certificateId, String fileName, String contentType, InputStream bytes) {
        files.store(GridFsUpload.fromStream(bytes).id(documentId).filename(fileName).contentType(contentType)
                .metadata(new Document("certificateId", certificateId)).build());
    }

    @Override
    public Optional<InputStream> open(String documentId) throws IOException {
        GridFSFile file = files.findOne(query(where("_id").is(documentId)));
        return file == null ? Optional.empty() : Optional.of(files.getResource(file).getInputStream());
    }

    /** The chunks by their file id as well as the file: a write that failed midway leaves chunks without a file. */
    @Override
    public void delete(String documentId) {
        mongo.remove(query(where("files_id").is(documentId)), BUCKET + ".chunks");
        mongo.remove(query(where("_id").is(documentId)), BUCKET + ".files");
    }
}
