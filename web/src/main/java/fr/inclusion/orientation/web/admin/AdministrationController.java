package fr.inclusion.orientation.web.admin;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.util.UriComponentsBuilder;

import jakarta.servlet.http.HttpServletResponse;

import fr.inclusion.orientation.support.page.Page;
import fr.inclusion.orientation.web.admin.AdminApi.ImportJob;
import fr.inclusion.orientation.web.admin.AdminApi.ParkedMessage;
import fr.inclusion.orientation.web.api.PageNumber;
import fr.inclusion.orientation.web.page.PageAccess;
import fr.inclusion.orientation.web.user.CurrentUser;

/**
 * {@code /administration}: the national venue file's import (then its progress page, refreshed by htmx every second
 * while the job runs, by an « Actualiser » link without JavaScript), the fragility index's and the communes'
 * contours' imports (the coordinators' map draws them), a département's communes (another département without a
 * code change), the directory's
 * export and the parked e-mails and SMS with « Renvoyer ». Administrators only; every form answers 303 or a page.
 */
@Controller
class AdministrationController {

    static final String HOME = "/administration";
    static final String VENUE_IMPORT = "/administration/import-lieux";
    static final String FRAGILITY_IMPORT = "/administration/import-fragilite";
    static final String CONTOUR_IMPORT = "/administration/import-contours";
    static final String COMMUNE_IMPORT = "/administration/import-communes";
    static final int PARKED_PAGE_SIZE = 20;

    private final AdminApi api;

    AdministrationController(AdminApi api) {
        this.api = api;
    }

    @ModelAttribute
    void adminOnly(@AuthenticationPrincipal Jwt jwt) {
        PageAccess.require(jwt == null ? null : CurrentUser.of(jwt), CurrentUser::isAdmin, "aux administrateurs");
    }

    /** A parked message as the list shows it. */
    record Parked(String id, String anchor, String channel, String recipient, String subject, String reason,
            int attempts, String parkedAt) {

        static Parked of(ParkedMessage m) {
            String channel = "sms".equalsIgnoreCase(m.channel()) ? "SMS" : "Courriel";
            return new Parked(m.id(), "message-" + m.id().replaceAll("[^A-Za-z0-9_-]", "-"), channel, m.recipient(),
                    m.subject() == null || m.subject().isBlank() ? "(sans objet)" : m.subject(),
                    m.lastError() == null || m.lastError().isBlank() ? "Raison inconnue" : m.lastError(),
                    m.attempts(), AdminTimes.describe(m.parkedAt()));
        }
    }

    @GetMapping(HOME)
    String home(@RequestParam(name = "page", required = false) String pageParam,
            @RequestParam(name = "renvoye", required = false) String replayed, Model model,
            HttpServletResponse response) {
        fill(PageNumber.of(pageParam), replayed != null, model);
        response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
        return "admin/administration";
    }

    private void fill(int page, boolean replayed, Model model) {
        Page<AdminApi.ParkedMessage> parked = api.parked(page, PARKED_PAGE_SIZE);
        List<ParkedMessage> items = parked.items() == null ? List.of() : parked.items();
        long pages = Math.max(1, (parked.total() + PARKED_PAGE_SIZE - 1) / PARKED_PAGE_SIZE);
        model.addAttribute("parked", items.stream().map(Parked::of).toList());
        model.addAttribute("parkedTotal", parked.total());
        model.addAttribute("page", page);
        model.addAttribute("pages", pages);
        model.addAttribute("hasPrevious", page > 0);
        model.addAttribute("hasNext", page + 1 < pages);
        model.addAttribute("replayed", replayed);
    }

    @PostMapping(VENUE_IMPORT)
    Object importVenues(@RequestParam(name = "fichier", required = false) MultipartFile file, Model model,
            HttpServletResponse response) {
        if (file == null || file.isEmpty()) {
            return missingFile(model, response, "fichier-lieux",
                    "Choisissez le fichier des lieux (CSV ou JSON) à importer.");
        }
        AdminApi.ImportAccepted accepted = api.importVenues(file);
        return seeOther(UriComponentsBuilder.fromPath("/administration/imports/{id}")
                .buildAndExpand(accepted.jobId()).encode().toUri());
    }

    @GetMapping("/administration/imports/{jobId}")
    String importProgress(@PathVariable String jobId, Model model, HttpServletResponse response) {
        job(jobId, model, response);
        return "admin/import";
    }

    /** The progress alone, for htmx's polling: it stops when the job is over (the fragment has no trigger then). */
    @GetMapping("/administration/imports/{jobId}/etat")
    String importState(@PathVariable String jobId, Model model, HttpServletResponse response) {
        job(jobId, model, response);
        return "admin/import :: etat";
    }

    @PostMapping(FRAGILITY_IMPORT)
    String importFragility(@RequestParam(name = "fichier", required = false) MultipartFile file, Model model,
            HttpServletResponse response) {
        return sent(file, api::importFragility, "admin/fragilite", model, response, "fichier-fragilite",
                "Choisissez le fichier CSV de l'indice de fragilité.");
    }

    @PostMapping(COMMUNE_IMPORT)
    String importCommunes(@RequestParam(name = "fichier", required = false) MultipartFile file, Model model,
            HttpServletResponse response) {
        return sent(file, api::importCommunes, "admin/communes", model, response, "fichier-communes",
                "Choisissez le fichier CSV des communes du département.");
    }

    @PostMapping(CONTOUR_IMPORT)
    String importContours(@RequestParam(name = "fichier", required = false) MultipartFile file, Model model,
            HttpServletResponse response) {
        return sent(file, api::importContours, "admin/contours", model, response, "fichier-contours",
                "Choisissez le fichier GeoJSON des contours des communes.");
    }

    @PostMapping("/administration/messages/{id}/renvoyer")
    ResponseEntity<Void> replay(@PathVariable String id) {
        api.replay(id);
        return seeOther(UriComponentsBuilder.fromPath(HOME).queryParam("renvoye").fragment("messages-bloques")
                .build().toUri());
    }

    /**
     * A file the service reads at once: its answer on {@code view}, with the file's name; without a file, the
     * administration page again saying {@code missing} next to the form's {@code field}.
     */
    private String sent(MultipartFile file, Function<MultipartFile, ?> send, String view, Model model,
            HttpServletResponse response, String field, String missing) {
        if (file == null || file.isEmpty()) {
            return missingFile(model, response, field, missing);
        }
        model.addAttribute("result", send.apply(file));
        model.addAttribute("fileName", file.getOriginalFilename());
        return view;
    }

    /** No file chosen: 400 and the administration page again, {@code message} next to the form's {@code field}. */
    private String missingFile(Model model, HttpServletResponse response, String field, String message) {
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        model.addAttribute("fileError", message);
        model.addAttribute("fileErrorField", field);
        fill(0, false, model);
        return "admin/administration";
    }

    private void job(String jobId, Model model, HttpServletResponse response) {
        ImportJob job = api.importJob(jobId);
        model.addAttribute("job", job);
        model.addAttribute("statusText", statusText(job));
        model.addAttribute("percent", job.total() <= 0 ? (job.running() ? 0 : 100)
                : Math.min(100, job.processed() * 100 / job.total()));
        response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
    }

    static String statusText(ImportJob job) {
        return switch (job.status() == null ? "" : job.status().toUpperCase(Locale.ROOT)) {
            case "PENDING" -> "En attente : l'import va commencer.";
            case "RUNNING" -> "Import en cours…";
            case "DONE" -> "Import terminé.";
            case "FAILED" -> "L'import s'est arrêté sur une erreur inattendue.";
            default -> "État inconnu.";
        };
    }

    private static ResponseEntity<Void> seeOther(URI location) {
        return ResponseEntity.status(HttpStatus.SEE_OTHER).location(location).build();
    }
}
