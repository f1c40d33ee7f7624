package io.propertyops.facility.estate.web;

import io.propertyops.facility.estate.application.EstateImports;
import io.propertyops.facility.estate.domain.UnitImport;
import io.propertyops.facility.estate.domain.UnitSheet;
import io.propertyops.starter.web.Caller;
import io.propertyops.starter.web.Problems;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Imports a community's unit list from XLSX: first as a dry run that lists every row's problems and writes
 * nothing, then for real — all or nothing.
 */
@RestController
@Validated
@Tag(name = "Estate import", description = "A community's unit list from a spreadsheet (XLSX)")
class EstateImportController {

    /** How many problems an answer lists; {@code problemCount} says how many there were. */
    static final int LISTED_PROBLEMS = 10_000;

    private final EstateImports imports;
    private final int maxRows;

    EstateImportController(EstateImports imports,
                           @Value("${propertyops.facility.estate-import.max-rows:20000}") int maxRows) {
        this.imports = imports;
        this.maxRows = maxRows;
    }

    @Schema(description = "One problem of one row")
    record ProblemView(@Schema(description = "The row's number as the spreadsheet shows it (the header is row 1)",
                               example = "17") int row,
                       @Schema(description = "The column's header; null for the whole row", example = "建筑面积") String column,
                       @Schema(example = "not-a-number") String code,
                       @Schema(example = "建筑面积 八十九 is not a number") String message) {

        static ProblemView of(UnitImport.Problem problem) {
            return new ProblemView(problem.row(), problem.column(), problem.code(), problem.message());
        }
    }

    @Schema(description = "What an import did, or would do")
    record ImportView(@Schema(example = "e15d7d7d-4089-5b55-b750-a5f693ec6ab2") String communityId,
                      @Schema(description = "Whether nothing was to be written", example = "true") boolean dryRun,
                      @Schema(description = "Whether anything was written", example = "false") boolean written,
                      @Schema(description = "The rows with something in them", example = "480") int rows,
                      @Schema(description = "The units the import creates (or would)", example = "478") int unitsToCreate,
                      @Schema(description = "The rows of units there already, just as they are", example = "0") int unitsUnchanged,
                      @Schema(description = "The buildings the import creates (or would), by name") List<String> buildingsToCreate,
                      @Schema(description = "The units created by this request", example = "0") int unitsCreated,
                      @Schema(description = "The buildings created by this request", example = "0") int buildingsCreated,
                      @Schema(description = "How many problems there are", example = "2") int problemCount,
                      @Schema(description = "Every row's problems, in row order (at most " + LISTED_PROBLEMS + ")")
                      List<ProblemView> problems) {

        static ImportView of(String communityId, EstateImports.Outcome outcome) {
            UnitImport.Plan plan = outcome.plan();
            return new ImportView(communityId, outcome.dryRun(), outcome.written(), plan.rows(), plan.newUnits().size(),
                    plan.unchanged(), plan.newBuildings(), outcome.unitsCreated(), outcome.buildingsCreated(),
                    plan.problems().size(), EstateImportController.problems(plan));
        }
    }

    /** The form of a multipart upload: the file in the part {@code file}. */
    record UploadForm(@Schema(type = "string", format = "binary", description = "The XLSX file") String file) {
    }

    @PostMapping("/api/v1/communities/{communityId}/estate-imports")
    @EstateEditors
    @Operation(operationId = "importUnits", summary = "Import a community's units from an XLSX unit list",
            description = "The file is a multipart part named file, or the request body itself with Content-Type "
                    + UnitSheets.XLSX + "; at most 10 MB and 20,000 rows. Its first sheet has a header row naming the "
                    + "columns 楼栋 / 单元 / 楼层 / 房号 / 类型 / 状态 / 建筑面积 / 套内面积 (or Building / Entrance / Floor / "
                    + "Room / Type / State / Building area / Interior area), in any order (GET "
                    + "/api/v1/estate-imports/template.xlsx). With dryRun=true (the default) nothing is written and "
                    + "the answer lists every row's problems and what the import would create. With dryRun=false a "
                    + "file with any problem writes nothing and answers 422 listing them; one without creates its "
                    + "buildings and units in one go, publishing each unit and the community's structure once. A unit "
                    + "the community has already, just as the row says, is left alone, so importing the same file "
                    + "again changes nothing; a row that would change one is a problem (edit units one by one).",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = {
                    @Content(mediaType = "multipart/form-data", schema = @Schema(implementation = UploadForm.class)),
                    @Content(mediaType = UnitSheets.XLSX, schema = @Schema(type = "string", format = "binary"))}))
    @ApiResponse(responseCode = "200", description = "What the import did or would do",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ImportView.class)))
    @ApiResponse(responseCode = "400", description = "No file part in the multipart body")
    @ApiResponse(responseCode = "404", description = "No such community, or not one of the caller's")
    @ApiResponse(responseCode = "413", description = "The file is larger than 10 MB")
    @ApiResponse(responseCode = "415", description = "Neither multipart/form-data nor an XLSX body")
    @ApiResponse(responseCode = "422", description = "Rows with problems (code import-has-problems, the rows in problems), "
            + "not an XLSX file (unreadable-spreadsheet), a column missing from the header (invalid-header), more "
            + "than 20,000 rows (too-many-rows); nothing was written")
    ResponseEntity<?> importUnits(Caller caller, @PathVariable @Size(max = 64) String communityId,
                                  @Parameter(description = "true: check only, write nothing")
                                  @RequestParam(defaultValue = "true") boolean dryRun,
                                  HttpServletRequest request) throws IOException {
        caller.requireCommunity(communityId);
        List<UnitSheet.Row> rows;
        if (request instanceof MultipartHttpServletRequest multipart) {
            MultipartFile file = multipart.getFile("file");
            if (file == null) {
                return problem(HttpStatus.BAD_REQUEST, "missing-file", "The multipart body has no part named file");
            }
            try (InputStream xlsx = file.getInputStream()) {
                rows = UnitSheets.read(xlsx, maxRows);
            }
        } else if (request.getContentType() != null && (request.getContentType().startsWith(UnitSheets.XLSX)
                || request.getContentType().startsWith(MediaType.APPLICATION_OCTET_STREAM_VALUE))) {
            rows = UnitSheets.read(request.getInputStream(), maxRows);
        } else {
            return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type",
                    "Send the file as a multipart part named file, or as the body with Content-Type " + UnitSheets.XLSX);
        }
        return ResponseEntity.ok(ImportView.of(communityId, imports.run(caller, communityId, rows, dryRun)));
    }

    @GetMapping(value = "/api/v1/estate-imports/template.xlsx", produces = UnitSheets.XLSX)
    @EstateEditors
    @Operation(operationId = "downloadEstateImportTemplate", summary = "The XLSX template of a unit list",
            description = "The header row, two example rows and a sheet explaining the columns; in Chinese, or with "
                    + "lang=en in English.")
    @ApiResponse(responseCode = "200", description = "The template",
            content = @Content(mediaType = UnitSheets.XLSX, schema = @Schema(type = "string", format = "binary")))
    @ApiResponse(responseCode = "400", description = "lang is neither zh nor en")
    ResponseEntity<byte[]> template(@Parameter(description = "zh (the default) or en", example = "zh")
                                    @RequestParam(defaultValue = "zh") @Pattern(regexp = "zh|en") String lang)
            throws IOException {
        boolean english = lang.equals("en");
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(UnitSheets.XLSX))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(english ? "units-template.xlsx" : "房屋导入模板.xlsx", StandardCharsets.UTF_8)
                        .build().toString())
                .body(UnitSheets.template(english));
    }

    /** A real import with problems: 422, listing them; nothing was written. */
    @ExceptionHandler(EstateImports.ImportHasProblems.class)
    ResponseEntity<ProblemDetail> importHasProblems(EstateImports.ImportHasProblems e) {
        ProblemDetail problem = Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, "import-has-problems", e.getMessage());
        problem.setProperty("problemCount", e.plan().problems().size());
        problem.setProperty("problems", problems(e.plan()));
        return ResponseEntity.unprocessableContent().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private static List<ProblemView> problems(UnitImport.Plan plan) {
        return plan.problems().stream().limit(LISTED_PROBLEMS).map(ProblemView::of).toList();
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String code, String detail) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(Problems.of(status, code, detail));
    }
}
