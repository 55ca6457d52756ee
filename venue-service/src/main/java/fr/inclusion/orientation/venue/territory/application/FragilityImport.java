package fr.inclusion.orientation.venue.territory.application;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import fr.inclusion.orientation.venue.territory.domain.Communes;
import fr.inclusion.orientation.venue.territory.domain.FragilityFile;
import fr.inclusion.orientation.venue.territory.domain.FragilityIndex;

/**
 * Importing the public IFN file: its valid lines replace the index of their communes (one single-document upsert
 * each, so an interrupted import leaves every commune either as before or as in the file); communes absent from the
 * file keep their index.
 */
@Service
public class FragilityImport {

    private static final Logger log = LoggerFactory.getLogger(FragilityImport.class);

    private final Communes communes;
    private final FragilityIndex index;

    public FragilityImport(Communes communes, FragilityIndex index) {
        this.communes = communes;
        this.index = index;
    }

    public FragilityImportResult importFile(String text) {
        FragilityFile.Rows rows = FragilityFile.read(text, code -> communes.byCode(code).isPresent());
        index.saveAll(rows.accepted());
        log.info("Fragility index imported: {} commune(s), {} line(s) rejected", rows.accepted().size(),
                rows.rejected().size());
        return new FragilityImportResult(rows.accepted().size(), rows.rejected());
    }
}
