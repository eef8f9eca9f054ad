package org.kimberleyprocess.portal.platform.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.kimberleyprocess.portal.platform.audit.AuditEntry;
import org.kimberleyprocess.portal.platform.audit.AuditLog;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** The audit log page (secretariat/audit.xhtml): newest first, paged and searched in the database. */
@Named
@ViewScoped
public class AuditLogBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AuditLog auditLog;

    private String search;

    private final LazyDataModel<AuditEntry> events = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) auditLog.count(search);
        }

        @Override
        public List<AuditEntry> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                     Map<String, FilterMeta> filterBy) {
            return auditLog.page(search, first, pageSize);
        }

        @Override
        public String getRowKey(AuditEntry event) {
            return String.valueOf(event.id());
        }
    };

    public LazyDataModel<AuditEntry> getEvents() {
        return events;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }
}
