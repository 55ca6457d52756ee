package fr.inclusion.orientation.venue.territory.persistence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import fr.inclusion.orientation.reference.territory.Departement;
import fr.inclusion.orientation.reference.territory.DepartementFile;
import fr.inclusion.orientation.reference.territory.InvalidDepartementFileException;
import fr.inclusion.orientation.venue.territory.domain.Commune;
import fr.inclusion.orientation.venue.territory.domain.Communes;

/**
 * The communes of every département the service knows: those shipped with the reference module
 * ({@link DepartementFile#bundled()}), those of the files matching {@code orientation.territory.communes} (Spring
 * resource patterns separated by commas, e.g. {@code file:/etc/orientation/communes-*.csv}; none by default), then
 * those an administrator imported, which replace a département's communes as a whole. A malformed file or a commune
 * in two files stops the start with the file and the line at fault.
 *
 * <p>{@link #all()} returns the same list until a département is imported, so that what is derived from it (EPCI,
 * alphabetical order) can be kept until then.
 */
@Component
public class ReferenceCommunes implements Communes {

    private static final Pattern LOCATIONS = Pattern.compile("\\s*,\\s*");

    private final Map<String, List<Commune>> byDepartement = new LinkedHashMap<>();
    private volatile Map<String, Commune> byCode = Map.of();
    private volatile List<Commune> all = List.of();

    /** The shipped départements, those of the files matching {@code locations}, then those imported. */
    @Autowired
    public ReferenceCommunes(@Value("${orientation.territory.communes:}") String locations, MongoTemplate mongo) {
        this(locations);
        for (Departement departement : MongoImportedDepartements.load(mongo)) {
            use(departement);
        }
    }

    /** The shipped départements and those of the files matching {@code locations} (may be empty). */
    public ReferenceCommunes(String locations) {
        Map<String, String> sourceOf = new LinkedHashMap<>();
        for (Departement departement : DepartementFile.bundled()) {
            add(departement, "reference " + departement.code() + ".csv", sourceOf);
        }
        for (Resource resource : resources(locations)) {
            String file = describe(resource);
            try {
                DepartementFile.Result result = DepartementFile.read(resource.getInputStream());
                if (!result.rejected().isEmpty()) {
                    DepartementFile.Rejected first = result.rejected().getFirst();
                    throw new IllegalStateException(file + " line " + first.line() + ", column " + first.field()
                            + ": " + first.message());
                }
                add(result.departement(), file, sourceOf);
            } catch (InvalidDepartementFileException e) {
                throw new IllegalStateException(file + ": " + e.getMessage(), e);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the reference file " + file, e);
            }
        }
        refresh();
    }

    /** Only the départements shipped with the reference module. */
    public static ReferenceCommunes bundled() {
        return new ReferenceCommunes("");
    }

    /** The communes of an imported département, replacing those known for it until now. */
    public synchronized void use(Departement departement) {
        byDepartement.put(departement.code(), departement.communes().stream().map(ReferenceCommunes::of).toList());
        refresh();
    }

    @Override
    public Optional<Commune> byCode(String inseeCode) {
        return Optional.ofNullable(inseeCode).map(byCode::get);
    }

    @Override
    public List<Commune> all() {
        return all;
    }

    static Commune of(fr.inclusion.orientation.reference.territory.Commune c) {
        return new Commune(c.code(), c.name(), c.postalCodes(), c.population(), c.epciSiren(), c.epciName(),
                c.latitude(), c.longitude());
    }

    private void add(Departement departement, String source, Map<String, String> sourceOf) {
        for (var commune : departement.communes()) {
            String previous = sourceOf.putIfAbsent(commune.code(), source);
            if (previous != null) {
                throw new IllegalStateException("Commune " + commune.code() + " is in two reference files: "
                        + previous + " and " + source);
            }
        }
        List<Commune> communes = new ArrayList<>(byDepartement.getOrDefault(departement.code(), List.of()));
        departement.communes().stream().map(ReferenceCommunes::of).forEach(communes::add);
        byDepartement.put(departement.code(), List.copyOf(communes));
    }

    private synchronized void refresh() {
        Map<String, Commune> codes = new LinkedHashMap<>();
        byDepartement.values().forEach(list -> list.forEach(c -> codes.put(c.code(), c)));
        this.byCode = Map.copyOf(codes);
        this.all = List.copyOf(codes.values());
    }

    private static List<Resource> resources(String locations) {
        PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
        Set<String> seen = new LinkedHashSet<>();
        List<Resource> found = new ArrayList<>();
        for (String location : LOCATIONS.split(locations == null ? "" : locations.strip())) {
            if (location.isEmpty()) {
                continue;
            }
            try {
                Resource[] resources = resolver.getResources(location);
                Arrays.sort(resources, Comparator.comparing(r -> r.getFilename() == null ? r.getDescription()
                        : r.getFilename()));
                for (Resource resource : resources) {
                    if (resource.exists() && seen.add(resource.getURI().toString())) {
                        found.add(resource);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot list the reference files " + location, e);
            }
        }
        return found;
    }

    /** {@code file:/etc/orientation/communes-08.csv}. */
    private static String describe(Resource resource) {
        try {
            return resource.getURL().toString();
        } catch (IOException e) {
            return resource.getDescription();
        }
    }
}
