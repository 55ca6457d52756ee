package fr.inclusion.orientation.support.web;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** The request body limits ({@link HttpLimits}) of every service, applied by {@link RequestBodyLimit}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(HttpLimits.class)
public class RequestLimits {

    /**
     * Just after the observation filter (so a refusal is still measured) and before anything that may read a body
     * (the form-content filter, the security chain).
     */
    static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 10;

    @Bean
    FilterRegistrationBean<RequestBodyLimit> requestBodyLimit(HttpLimits limits,
            ObjectProvider<ImportEndpoints> importEndpoints) {
        FilterRegistrationBean<RequestBodyLimit> registration = new FilterRegistrationBean<>(
                new RequestBodyLimit(limits, importEndpoints.orderedStream().toList()));
        registration.setOrder(ORDER);
        return registration;
    }
}
