package fr.inclusion.orientation.venue.exchange.web;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.Charset;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.WebUtils;

import fr.inclusion.orientation.support.security.Caller;
import fr.inclusion.orientation.venue.exchange.application.ImportFile;
import fr.inclusion.orientation.venue.exchange.application.ImportFormat;
import fr.inclusion.orientation.venue.exchange.application.VenueImports;
import fr.inclusion.orientation.venue.exchange.domain.ImportJob;

/**
 * {@code POST /api/venues/import}: the body is the file itself ({@code text/csv} or {@code application/json}), or
 * a browser form ({@code multipart/form-data}) with the file in its {@code file} part. The content type is read
 * here rather than with {@code consumes}, so that a wrong one gets a problem in French naming the accepted types.
 * The size is limited before this controller: the body by the service's request body limit for import endpoints,
 * a form by the multipart limits, both {@code orientation.http.max-import-size} (413).
 */
@RestController
class VenueImportController {

    private final VenueImports imports;

    VenueImportController(VenueImports imports) {
        this.imports = imports;
    }

    @PostMapping("/api/venues/import")
    ResponseEntity<ImportAccepted> importFile(HttpServletRequest request, @AuthenticationPrincipal Jwt jwt)
            throws IOException {
        Upload upload = upload(request);
        ImportJob job = imports.start(ImportFile.read(upload.format(), upload.content(), upload.charset()),
                Caller.from(jwt));
        URI location = UriComponentsBuilder.fromPath("/api/imports/{id}").buildAndExpand(job.id()).toUri();
        return ResponseEntity.accepted().location(location).body(ImportAccepted.of(job));
    }

    @GetMapping("/api/imports/{jobId}")
    ImportJobView job(@PathVariable String jobId, @AuthenticationPrincipal Jwt jwt) {
        return ImportJobView.of(imports.job(jobId, Caller.from(jwt).id()));
    }

    private record Upload(ImportFormat format, byte[] content, Charset charset) {
    }

    private Upload upload(HttpServletRequest request) throws IOException {
        MultipartHttpServletRequest form = WebUtils.getNativeRequest(request, MultipartHttpServletRequest.class);
        if (form != null) {
            return part(form);
        }
        MediaType type = mediaType(request.getContentType());
        ImportFormat format = format(type);
        if (format == null) {
            throw new UnsupportedImportTypeException(request.getContentType());
        }
        byte[] content;
        try (InputStream body = request.getInputStream()) {
            // a body sent without Content-Length stops at the limit (BodyTooLargeException, answered 413)
            content = body.readAllBytes();
        }
        return new Upload(format, content, charset(type));
    }

    private Upload part(MultipartHttpServletRequest form) throws IOException {
        MultipartFile file = form.getFile("file");
        if (file == null) {
            throw new InvalidExchangeRequestException("file", "partie « file » absente du formulaire : elle doit "
                    + "contenir le fichier CSV ou JSON");
        }
        MediaType type = file.getContentType() == null ? null : mediaType(file.getContentType());
        ImportFormat format = format(type);
        if (format == null) {
            format = byName(file.getOriginalFilename());
        }
        if (format == null) {
            throw new UnsupportedImportTypeException(file.getContentType() + " (" + file.getOriginalFilename()
                    + ")");
        }
        return new Upload(format, file.getBytes(), type == null ? null : charset(type));
    }

    private static MediaType mediaType(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            throw new UnsupportedImportTypeException("aucun");
        }
        try {
            return MediaType.parseMediaType(contentType);
        } catch (InvalidMediaTypeException e) {
            throw new UnsupportedImportTypeException(contentType);
        }
    }

    /** The declared charset, {@code null} when none (the reader then recognises UTF-8 or Windows-1252). */
    private static Charset charset(MediaType type) {
        try {
            return type.getCharset();
        } catch (IllegalArgumentException e) {
            throw new UnsupportedImportTypeException(type + " (jeu de caractères inconnu)");
        }
    }

    private static ImportFormat format(MediaType type) {
        if (type == null) {
            return null;
        }
        String subtype = type.getSubtype().toLowerCase(Locale.ROOT);
        if (type.getType().equalsIgnoreCase("text") && subtype.equals("csv")
                || type.getType().equalsIgnoreCase("application") && subtype.equals("csv")) {
            return ImportFormat.CSV;
        }
        if (type.getType().equalsIgnoreCase("application") && (subtype.equals("json") || subtype.endsWith("+json"))) {
            return ImportFormat.JSON;
        }
        return null;
    }

    /** Browsers often send a CSV as application/vnd.ms-excel or octet-stream: the file's name says more. */
    private static ImportFormat byName(String fileName) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv")) {
            return ImportFormat.CSV;
        }
        if (name.endsWith(".json")) {
            return ImportFormat.JSON;
        }
        return null;
    }
}
