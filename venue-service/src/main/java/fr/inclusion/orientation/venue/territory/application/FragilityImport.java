package fr.inclusion.orientation.venue.territory.application;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import fr.inclusion.orientation.support.security.Caller;
import fr.inclusion.orientation.venue.territory.domain.Communes;
import fr.inclusion.orientation.venue.territory.domain.FragilityFile;
import fr.inclusion.orientation.venue.territory.domain.FragilityIndex;

/**
 * Importing the public IFN file: its valid lines replace the index of their communes (one single-document upsert
 * each, so an interrupted import leaves every commune either as before or as in the file); communes absent from the
 * file keep their index. An admin imports any commune; a coordinator only the communes of their territory
 * ({@link TerritoryScope}): a file naming any commune outside it (on any commune line, valid or not) is refused
 * whole before anything is written.
 */
@Service
public class FragilityImport {

    private static final Logger log = LoggerFactory.getLogger(FragilityImport.class);

    /** Lines named in a refusal's errors; the detail gives the total. */
    static final int OFFENCES_LISTED = 20;

    private final Communes communes;
    private final FragilityIndex index;
    private final TerritoryScope territories;

    public FragilityImport(Communes communes, FragilityIndex index, TerritoryScope territories) {
        this.communes = communes;
        this.index = index;
        this.territories = territories;
    }

    /**
     * @throws OutsideTerritoryException when the importer is a coordinator and a commune line is outside their
     *                                   territory; nothing is written then
     */
    public FragilityImportResult importFile(String text, Caller importer) {
        FragilityFile.Rows rows = FragilityFile.read(text, code -> communes.byCode(code).isPresent());
        requireInside(importer, rows.communes());
        index.saveAll(rows.accepted());
        log.info("Fragility index imported: {} commune(s), {} line(s) rejected", rows.accepted().size(),
                rows.rejected().size());
        return new FragilityImportResult(rows.accepted().size(), rows.rejected());
    }

    private void requireInside(Caller importer, List<FragilityFile.CommuneLine> lines) {
        List<FragilityFile.CommuneLine> outside = lines.stream()
                .filter(l -> !territories.covers(importer, l.code(), null)).toList();
        if (outside.isEmpty()) {
            return;
        }
        String territory = TerritoryScope.describeTerritory(importer);
        List<OutsideTerritoryException.Offence> offences = outside.stream().limit(OFFENCES_LISTED)
                .map(l -> new OutsideTerritoryException.Offence("code", "ligne " + l.line() + " : la commune "
                        + territories.describeCommune(l.code()) + " est hors de votre territoire (" + territory + ")"))
                .toList();
        throw new OutsideTerritoryException("Le fichier contient " + outside.size() + " ligne"
                + (outside.size() > 1 ? "s" : "") + " de communes hors de votre territoire (" + territory
                + ") : rien n'a été importé. Retirez ces lignes, ou demandez l'import à un administrateur.",
                offences);
    }
}
