package io.propertyops.ticket.pricing.web;

import io.propertyops.starter.security.Allowed;
import io.propertyops.starter.security.Roles;
import io.propertyops.starter.web.Caller;
import io.propertyops.ticket.pricing.application.PriceLists;
import io.propertyops.ticket.pricing.domain.PriceItem;
import io.propertyops.ticket.pricing.domain.PriceList;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Validated
@Tag(name = "Price lists", description = "Prices of paid in-unit repairs (有偿维修收费标准), per community")
class PriceListController {

    private final PriceLists priceLists;

    PriceListController(PriceLists priceLists) {
        this.priceLists = priceLists;
    }

    record Item(@Schema(example = "angle-valve") @NotBlank @Pattern(regexp = "[a-z0-9-]{2,40}") String code,
                @Schema(example = "角阀") @NotBlank @Size(max = 60) String name,
                @Schema(example = "个") @NotBlank @Size(max = 10) String unit,
                @Schema(example = "38.00") @NotNull @DecimalMin("0.00") @DecimalMax("100000.00") @Digits(integer = 6, fraction = 2)
                BigDecimal price) {
    }

    record Publication(@Schema(example = "CNY") @NotNull @Pattern(regexp = "[A-Z]{3}") String currency,
                       @NotNull @Size(min = 1, max = 200) List<@Valid @NotNull Item> items) {
    }

    @GetMapping("/api/v1/price-lists/{communityId}")
    @Allowed(roles = {Roles.OWNER, Roles.RESIDENT, Roles.CUSTOMER_SERVICE, Roles.TECHNICIAN, Roles.SUPERVISOR,
            Roles.PROPERTY_MANAGER, Roles.ADMIN})
    @Operation(operationId = "getPriceList", summary = "A community's price list for paid in-unit repairs",
            description = "Owners and staff of the community read it; a community that published none shows the default list.")
    @ApiResponse(responseCode = "200", description = "The list in force")
    @ApiResponse(responseCode = "400", description = "The communityId is malformed")
    @ApiResponse(responseCode = "404", description = "Not one of the caller's communities")
    PriceList get(Caller caller, @PathVariable @Size(max = 64) String communityId) {
        return priceLists.get(caller, communityId);
    }

    @PutMapping("/api/v1/price-lists/{communityId}")
    @Allowed(roles = {Roles.PROPERTY_MANAGER, Roles.ADMIN})
    @Operation(operationId = "publishPriceList", summary = "Publish a community's price list",
            description = "Replaces the whole list; quotes already made keep the prices they were made at.")
    @ApiResponse(responseCode = "200", description = "Published")
    @ApiResponse(responseCode = "400", description = "Malformed JSON or invalid fields")
    @ApiResponse(responseCode = "404", description = "Not one of the caller's communities")
    @ApiResponse(responseCode = "422", description = "A code appears twice (duplicate-price-code)")
    PriceList publish(Caller caller, @PathVariable @Size(max = 64) String communityId,
                      @Valid @RequestBody Publication body) {
        return priceLists.publish(caller, communityId, body.currency(),
                body.items().stream().map(item -> new PriceItem(item.code(), item.name(), item.unit(), item.price())).toList());
    }
}
