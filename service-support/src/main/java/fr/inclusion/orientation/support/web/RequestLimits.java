package fr.inclusion.orientation.support.web;

import org.apache.catalina.core.StandardHost;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * The request body limits ({@link HttpLimits}) of every service, applied by {@link RequestBodyLimit}, and the media
 * types a request announces ({@link RequestMediaTypes}).
 */
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

    /** Tomcat's refusals (before any servlet) as problem+json too: {@link ProblemReportValve}. */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemReports() {
        return factory -> factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof StandardHost host) {
                host.setErrorReportValveClass(ProblemReportValve.class.getName());
            }
        });
    }

    /** Right after the body limit, before anything reads the body or negotiates the answer. */
    @Bean
    FilterRegistrationBean<RequestMediaTypes> requestMediaTypes() {
        FilterRegistrationBean<RequestMediaTypes> registration = new FilterRegistrationBean<>(new RequestMediaTypes());
        registration.setOrder(ORDER + 1);
        return registration;
    }
}
