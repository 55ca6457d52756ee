package fr.inclusion.orientation.web.admin;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import fr.inclusion.orientation.support.web.ImportEndpoints;

/** The four forms that send a whole file may be as large as the services' import limit. */
@Configuration(proxyBeanMethods = false)
class AdminUploads {

    @Bean
    ImportEndpoints administrationFiles() {
        return ImportEndpoints.post(AdministrationController.VENUE_IMPORT, AdministrationController.FRAGILITY_IMPORT,
                AdministrationController.CONTOUR_IMPORT, AdministrationController.COMMUNE_IMPORT);
    }
}
