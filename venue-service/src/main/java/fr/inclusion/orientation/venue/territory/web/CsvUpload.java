package fr.inclusion.orientation.venue.territory.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.util.unit.DataSize;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.util.WebUtils;

import fr.inclusion.orientation.support.web.HttpLimits;

/**
 * A CSV file sent either as the request body ({@code text/csv}) or, from a browser form, as the {@code file} part of
 * a {@code multipart/form-data} request. Read as UTF-8 (undecodable bytes become U+FFFD rather than failing: only
 * codes and numbers matter here), never more than the configured size.
 */
final class CsvUpload {

    static final String PART = "file";

    private static final Set<String> CSV_TYPES = Set.of("text/csv", "application/csv");
    /** What browsers and spreadsheets announce for a .csv part (Excel on Windows: vnd.ms-excel). */
    private static final Set<String> CSV_PART_TYPES = Set.of("text/csv", "application/csv", "text/plain",
            "application/vnd.ms-excel", "application/octet-stream", "text/comma-separated-values");

    private CsvUpload() {
    }

    static String read(HttpServletRequest request, DataSize maxSize) {
        MediaType type = mediaType(request.getContentType());
        if (type != null && MediaType.MULTIPART_FORM_DATA.includes(type)) {
            return fromPart(request, maxSize);
        }
        if (type == null || !CSV_TYPES.contains(type.getType() + "/" + type.getSubtype())) {
            throw unsupported(request.getContentType());
        }
        try (InputStream body = request.getInputStream()) {
            return decode(limited(body, maxSize));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String fromPart(HttpServletRequest request, DataSize maxSize) {
        MultipartHttpServletRequest multipart = WebUtils.getNativeRequest(request, MultipartHttpServletRequest.class);
        MultipartFile file = multipart == null ? null : multipart.getFile(PART);
        if (file == null) {
            throw new UploadException(HttpStatus.BAD_REQUEST, "missing-file", "Fichier manquant",
                    "Joignez le fichier CSV dans la partie « " + PART + " » du formulaire.");
        }
        MediaType partType = mediaType(file.getContentType());
        if (partType != null && !CSV_PART_TYPES.contains(partType.getType() + "/" + partType.getSubtype())) {
            throw unsupported(file.getContentType());
        }
        if (file.getSize() > maxSize.toBytes()) {
            throw tooLarge(maxSize);
        }
        try {
            return decode(file.getBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads at most one byte more than allowed, so that a huge upload is refused without being read whole. */
    private static byte[] limited(InputStream body, DataSize maxSize) throws IOException {
        byte[] bytes = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxSize.toBytes() + 1));
        if (bytes.length > maxSize.toBytes()) {
            throw tooLarge(maxSize);
        }
        return bytes;
    }

    private static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new IllegalStateException("REPLACE never throws", e);
        }
    }

    private static MediaType mediaType(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        try {
            MediaType type = MediaType.parseMediaType(header);
            return new MediaType(type.getType().toLowerCase(Locale.ROOT), type.getSubtype().toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            // an unparsable Content-Type is no CSV either
            return new MediaType("invalid", "invalid");
        }
    }

    private static UploadException tooLarge(DataSize maxSize) {
        return new UploadException(HttpStatus.CONTENT_TOO_LARGE, "payload-too-large", "Fichier trop volumineux",
                "Le fichier dépasse la taille maximale acceptée (" + HttpLimits.french(maxSize) + ").");
    }

    private static UploadException unsupported(String contentType) {
        return new UploadException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type",
                "Type de contenu non pris en charge",
                "Type « " + (contentType == null || contentType.isBlank() ? "absent" : contentType)
                        + " » non pris en charge : envoyez le fichier CSV en corps de requête (Content-Type: "
                        + "text/csv) ou dans la partie « " + PART + " » d'un formulaire multipart/form-data.");
    }
}
