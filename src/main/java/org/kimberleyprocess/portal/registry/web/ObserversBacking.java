package org.kimberleyprocess.portal.registry.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.kimberleyprocess.portal.registry.application.ObserverView;
import org.kimberleyprocess.portal.registry.application.RegistryService;

/** The public list of Observers (observers.xhtml). */
@Named
@RequestScoped
public class ObserversBacking {

    @Inject
    private RegistryService registry;

    private List<ObserverView> observers;

    public List<ObserverView> getObservers() {
        if (observers == null) {
            observers = registry.observers();
        }
        return observers;
    }
}
