package fr.inclusion.orientation.venue.territory.application;

import java.time.Clock;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import fr.inclusion.orientation.reference.territory.DepartementFile;
import fr.inclusion.orientation.reference.territory.InvalidDepartementFileException;
import fr.inclusion.orientation.venue.territory.domain.InvalidCommunesFileException;
import fr.inclusion.orientation.venue.territory.domain.ImportedDepartements;

/**
 * Importing a département's reference file (the format of the reference module's {@link DepartementFile}): its valid
 * lines become all the communes of that département, replacing those known until now, in one single-document write
 * with the event that tells every other service. A file that cannot be read at all (no CSV, a column missing, no
 * valid commune) is refused whole ({@link InvalidCommunesFileException}) and nothing is written.
 */
@Service
public class CommuneImport {

    private static final Logger log = LoggerFactory.getLogger(CommuneImport.class);

    private final ImportedDepartements departements;
    private final Clock clock;

    public CommuneImport(ImportedDepartements departements, Clock clock) {
        this.departements = departements;
        this.clock = clock;
    }

    /** What an import did: the département, how many communes it now has, the lines not taken. */
    public record Result(String departement, int imported, List<DepartementFile.Rejected> rejected) {
    }

    public Result importFile(String text) {
        DepartementFile.Result file;
        try {
            file = DepartementFile.read(text);
        } catch (InvalidDepartementFileException e) {
            throw new InvalidCommunesFileException(e.line(), e.getMessage());
        }
        long version = departements.save(file.departement(), clock.instant());
        log.info("Département {} imported (import {}): {} commune(s), {} line(s) rejected",
                file.departement().code(), version, file.departement().communes().size(), file.rejected().size());
        return new Result(file.departement().code(), file.departement().communes().size(), file.rejected());
    }
}
