package org.kimberleyprocess.portal.plenary.application;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import org.kimberleyprocess.portal.plenary.domain.Committee;
import org.kimberleyprocess.portal.plenary.domain.CommitteeCode;
import org.kimberleyprocess.portal.plenary.domain.Committees;

/** Every committee and working group exists (empty until composed), in every database. */
@Startup
@Singleton
@DependsOn("DatabaseMigration")
public class CommitteeCatalogue {

    @Inject
    private Committees committees;

    @PostConstruct
    void ensure() {
        for (CommitteeCode code : CommitteeCode.values()) {
            if (committees.byCode(code).isEmpty()) {
                committees.add(new Committee(code));
            }
        }
    }
}
