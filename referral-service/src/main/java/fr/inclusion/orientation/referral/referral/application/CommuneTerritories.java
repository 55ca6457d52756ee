package fr.inclusion.orientation.referral.referral.application;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * Which territories a commune belongs to, for coordinators' scope: its EPCI (SIREN, from {@code
 * territory/communes-55.csv}, the same reference as venue-service) and its département (the INSEE code's first two
 * characters, three overseas).
 */
@Component
public class CommuneTerritories {

    private static final String RESOURCE = "territory/communes-55.csv";

    private final Map<String, String> epciOfCommune = new HashMap<>();

    public CommuneTerritories() {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing classpath resource " + RESOURCE);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            reader.readLine(); // header: code_insee,nom,codes_postaux,population,epci_siren,...
            String line;
            while ((line = reader.readLine()) != null) {
                String[] cells = line.split(",", -1);
                if (cells.length > 4 && !cells[4].isBlank()) {
                    epciOfCommune.put(cells[0].trim(), cells[4].trim());
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + RESOURCE, e);
        }
    }

    /** Whether the commune lies in the territory (an EPCI SIREN or a département code). */
    public boolean isIn(String communeCode, String territory) {
        if (communeCode == null || territory == null || territory.isBlank()) {
            return false;
        }
        String wanted = territory.trim();
        return wanted.equals(departementOf(communeCode)) || wanted.equals(epciOfCommune.get(communeCode));
    }

    static String departementOf(String communeCode) {
        return communeCode.startsWith("97") && communeCode.length() >= 3 ? communeCode.substring(0, 3)
                : communeCode.substring(0, Math.min(2, communeCode.length()));
    }
}
