package org.kimberleyprocess.portal.platform.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.kimberleyprocess.portal.platform.i18n.CountryName;
import org.kimberleyprocess.portal.platform.i18n.CountryNames;
import org.kimberleyprocess.portal.platform.i18n.Language;

/** Keeps the country_name table equal to {@link CountryNames} for every ISO country, at each start. */
@Startup
@Singleton
@DependsOn("DatabaseMigration")
public class CountryNameCatalogue {

    @PersistenceContext
    private EntityManager em;

    @PostConstruct
    void synchronise() {
        Set<String> codes = new TreeSet<>(Set.of(Locale.getISOCountries()));
        codes.addAll(CountryNames.EXTRA_CODES);
        for (String code : codes) {
            for (Language language : Language.values()) {
                String name = CountryNames.name(code, language);
                CountryName stored = em.find(CountryName.class, new CountryName.Key(code, language));
                if (stored == null) {
                    em.persist(new CountryName(code, language, name));
                } else if (!stored.getName().equals(name)) {
                    stored.rename(name);
                }
            }
        }
    }
}
