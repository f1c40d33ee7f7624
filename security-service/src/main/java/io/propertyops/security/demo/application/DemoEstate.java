package io.propertyops.security.demo.application;

import java.util.List;

/**
 * The part of the demo estate file this service reads: community ids and the people who sign in.
 */
record DemoEstate(List<Community> communities, List<Person> people) {

    DemoEstate {
        communities = communities == null ? List.of() : List.copyOf(communities);
        people = people == null ? List.of() : List.copyOf(people);
    }

    List<String> communityIds() {
        return communities.stream().map(Community::id).toList();
    }

    record Community(String id, String name) {
    }

    record Person(String id, String username, String name, String phone, String email, List<String> roles,
                  List<String> communityIds, List<String> unitIds, List<String> skills, Boolean onDuty) {
    }
}
