package io.propertyops.facility;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI document names a body's schema by its record's simple name, so two different records of one name in
 * the web layers would become one schema and misdocument an operation (it happened: a meter's reporting window was
 * documented as a plan's window). Records of one name must have the same fields.
 */
class SchemaNamesTest {

    @Test
    void webRecordsOfOneNameHaveTheSameFields() {
        Map<String, List<Class<?>>> byName = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.propertyops.facility").stream()
                .filter(type -> type.getPackageName().endsWith(".web"))
                .map(JavaClass::reflect).filter(Class::isRecord)
                .collect(Collectors.groupingBy(Class::getSimpleName));
        byName.forEach((name, records) -> assertThat(records.stream().map(SchemaNamesTest::fields).distinct())
                .as("records named %s: %s", name, records).hasSize(1));
    }

    private static List<String> fields(Class<?> record) {
        return Arrays.stream(record.getRecordComponents()).map(c -> c.getName() + ":" + c.getGenericType().getTypeName()
                .replaceAll("io\\.propertyops\\.facility\\.[a-z]+\\.web\\.[A-Za-z]+\\$", "")).toList();
    }
}
