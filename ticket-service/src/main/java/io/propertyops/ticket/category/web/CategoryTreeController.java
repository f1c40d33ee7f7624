package io.propertyops.ticket.category.web;

import io.propertyops.starter.security.Allowed;
import io.propertyops.starter.security.Roles;
import io.propertyops.starter.web.Caller;
import io.propertyops.ticket.category.application.CategoryTrees;
import io.propertyops.ticket.category.domain.Category;
import io.propertyops.ticket.category.domain.CategoryTree;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Validated
@Tag(name = "Categories", description = "Each community's category tree (报修分类)")
class CategoryTreeController {

    private final CategoryTrees trees;

    CategoryTreeController(CategoryTrees trees) {
        this.trees = trees;
    }

    record CategoryInput(@Schema(example = "plumbing-leak") @NotBlank @Size(max = 40) String code,
                         @Schema(example = "漏水") @NotBlank @Size(max = 40) String name,
                         @Schema(example = "true") Boolean active,
                         @Size(max = 50) List<@Valid @NotNull CategoryInput> children) {

        Category toCategory() {
            return new Category(code, name, active == null || active,
                    children == null ? List.of() : children.stream().map(CategoryInput::toCategory).toList());
        }
    }

    record TreeInput(@NotNull @Size(min = 1, max = 50) List<@Valid @NotNull CategoryInput> trades) {
    }

    @GetMapping("/api/v1/categories/{communityId}")
    @Allowed(roles = {Roles.OWNER, Roles.RESIDENT, Roles.CUSTOMER_SERVICE, Roles.TECHNICIAN, Roles.SUPERVISOR,
            Roles.PROPERTY_MANAGER, Roles.ADMIN})
    @Operation(operationId = "getCategoryTree", summary = "A community's categories, for reporting and dispatch",
            description = "Trades with their subjects. A new work order may have any active code; dispatch and SLA "
                    + "rules go by its trade.")
    @ApiResponse(responseCode = "200", description = "The community's tree, or the standard one until staff edit it")
    @ApiResponse(responseCode = "404", description = "Not one of the caller's communities")
    CategoryTree get(Caller caller, @PathVariable @Size(max = 64) String communityId) {
        return trees.get(caller, communityId);
    }

    @PutMapping("/api/v1/categories/{communityId}")
    @Allowed(roles = {Roles.SUPERVISOR, Roles.PROPERTY_MANAGER, Roles.ADMIN})
    @Operation(operationId = "replaceCategoryTree", summary = "Edit a community's categories",
            description = "Replaces the tree: two levels, unique lower-case codes. Deactivate a category rather "
                    + "than remove it while work orders still use it; they keep their categories either way.")
    @ApiResponse(responseCode = "200", description = "The tree as stored")
    @ApiResponse(responseCode = "400", description = "Malformed request or invalid fields")
    @ApiResponse(responseCode = "404", description = "Not one of the caller's communities")
    @ApiResponse(responseCode = "422", description = "A duplicate, malformed or too deep category")
    CategoryTree replace(Caller caller, @PathVariable @Size(max = 64) String communityId,
                         @Valid @RequestBody TreeInput body) {
        return trees.replace(caller, communityId, body.trades().stream().map(CategoryInput::toCategory).toList());
    }
}
