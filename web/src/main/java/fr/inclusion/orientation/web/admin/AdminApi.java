package fr.inclusion.orientation.web.admin;

import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.MediaType;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.multipart.MultipartFile;

import fr.inclusion.orientation.support.page.Page;

/** What the administration pages ask venue-service and notification-service, with the administrator's token. */
@Component
class AdminApi {

    /** {@code 202 {jobId, status, total}}. */
    record ImportAccepted(String jobId, String status, Integer total) {
    }

    /** One refused record of an import: its line, the standard's field at fault (may be absent), why. */
    record Rejection(int line, String field, String reason) {
    }

    /** {@code GET /api/imports/{jobId}}. */
    record ImportJob(String jobId, String status, int total, int processed, int imported, int updated,
            int unchanged, int rejectedRows, List<Rejection> rejected, boolean rejectedTruncated, String failure) {

        public boolean running() {
            return "PENDING".equals(status) || "RUNNING".equals(status);
        }

        public List<Rejection> rejections() {
            return rejected == null ? List.of() : rejected;
        }
    }

    /** {@code {imported, rejected:[{line, reason}]}}. */
    record FragilityResult(int imported, List<Rejection> rejected) {

        public List<Rejection> rejections() {
            return rejected == null ? List.of() : rejected;
        }
    }

    /** {@code {departement, imported, rejected:[{line, field, message}]}}: line 1 is the header. */
    record CommuneResult(String departement, int imported, List<CommuneRejection> rejected) {

        public List<CommuneRejection> rejections() {
            return rejected == null ? List.of() : rejected;
        }
    }

    /** {@code field}: the column at fault, {@code null} for the whole line. */
    record CommuneRejection(int line, String field, String message) {
    }

    /** {@code {imported, rejected:[{index, reason}]}}: index is the feature's in the file, from 0. */
    record ContourResult(int imported, List<ContourRejection> rejected) {

        public List<ContourRejection> rejections() {
            return rejected == null ? List.of() : rejected;
        }
    }

    record ContourRejection(int index, String reason) {
    }

    /** A parked message as notification-service shows it: the recipient masked, never the text. */
    record ParkedMessage(String id, String channel, String recipient, String subject, String referralId,
            String status, int attempts, String lastError, Instant parkedAt, Instant lastAttemptAt) {
    }

    /** A national file may take venue-service a while to read (the fragility index is imported before answering). */
    static final Duration UPLOAD_TIMEOUT = Duration.ofMinutes(2);

    static final MediaType GEO_JSON = new MediaType("application", "geo+json");
    static final MediaType CSV = new MediaType("text", "csv");

    private final RestClient venues;
    private final RestClient uploads;
    private final RestClient notifications;

    AdminApi(@Qualifier("venueApi") RestClient venues, @Qualifier("notificationApi") RestClient notifications) {
        this.venues = venues;
        SimpleClientHttpRequestFactory slow = new SimpleClientHttpRequestFactory();
        slow.setConnectTimeout(Duration.ofSeconds(2));
        slow.setReadTimeout(UPLOAD_TIMEOUT);
        this.uploads = venues.mutate().requestFactory(slow).build();
        this.notifications = notifications;
    }

    /** The file goes as the body itself, its type told by the browser or by its name (CSV unless JSON). */
    ImportAccepted importVenues(MultipartFile file) {
        return upload("/api/venues/import", isJson(file) ? MediaType.APPLICATION_JSON : CSV, file,
                ImportAccepted.class);
    }

    ImportJob importJob(String jobId) {
        return venues.get().uri("/api/imports/{id}", jobId).retrieve().body(ImportJob.class);
    }

    FragilityResult importFragility(MultipartFile file) {
        return upload("/api/territory/fragility", CSV, file, FragilityResult.class);
    }

    /** A département's reference file (CSV) as the body itself, whatever type the browser told. */
    CommuneResult importCommunes(MultipartFile file) {
        return upload("/api/territory/communes", CSV, file, CommuneResult.class);
    }

    /** The GeoJSON FeatureCollection as the body itself, whatever type the browser told. */
    ContourResult importContours(MultipartFile file) {
        return upload("/api/territory/contours", GEO_JSON, file, ContourResult.class);
    }

    /** The file streamed as the body itself, with {@code type}, to venue-service (an upload may take a while). */
    private <T> T upload(String path, MediaType type, MultipartFile file, Class<T> answer) {
        return uploads.post().uri(path)
                .contentType(type)
                .body(output -> {
                    try (InputStream in = file.getInputStream()) {
                        in.transferTo(output);
                    }
                })
                .retrieve().body(answer);
    }

    Page<ParkedMessage> parked(int page, int size) {
        return notifications.get().uri("/api/outbound/parked?page={page}&size={size}", page, size)
                .retrieve().body(new ParameterizedTypeReference<Page<ParkedMessage>>() {
                });
    }

    void replay(String id) {
        notifications.post().uri("/api/outbound/parked/{id}/replay", id).retrieve().toBodilessEntity();
    }

    static boolean isJson(MultipartFile file) {
        String type = file.getContentType() == null ? "" : file.getContentType().toLowerCase(Locale.ROOT);
        String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename().toLowerCase(Locale.ROOT);
        return name.endsWith(".json") || !name.endsWith(".csv") && type.contains("json");
    }

}
