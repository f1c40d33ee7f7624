package io.propertyops.facility.estate;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.util.List;

/** A residential community (小区) the company manages, with its buildings (楼栋) and common areas. */
@Document("communities")
public record Community(@Id String id, String name, String city, String district, String address,
                        List<Building> buildings, List<CommonArea> commonAreas) {

    public record Building(String id, String name, int floors) {
    }

    public record CommonArea(String id, String name) {
    }
}
