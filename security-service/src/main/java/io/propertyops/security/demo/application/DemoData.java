package io.propertyops.security.demo.application;

import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/** The demo estate file, read once at startup when one is configured. */
@Component
class DemoData {

    private final Optional<DemoEstate> estate;
    private final String location;

    DemoData(DemoProperties properties, ResourceLoader resources) {
        this.location = properties.dataFile();
        this.estate = properties.seedsAccounts() ? Optional.of(read(resource(location, resources))) : Optional.empty();
    }

    Optional<DemoEstate> estate() {
        return estate;
    }

    String location() {
        return location;
    }

    private static Resource resource(String location, ResourceLoader resources) {
        return location.startsWith("classpath:") || location.startsWith("file:")
                ? resources.getResource(location)
                : new FileSystemResource(location);
    }

    private static DemoEstate read(Resource file) {
        JsonMapper json = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        try (InputStream in = file.getInputStream()) {
            return json.readValue(in, DemoEstate.class);
        } catch (IOException | JacksonException e) {
            throw new IllegalStateException("cannot read the demo data file " + file.getDescription() + ": " + e.getMessage(), e);
        }
    }
}
