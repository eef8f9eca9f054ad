package org.kimberleyprocess.portal.registry.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.Objects;
import org.kimberleyprocess.portal.platform.errors.BusinessException;

/** An Observer organisation; its name is its business key. */
@Entity
@Table(name = "observer")
public class Observer {

    public static final int NAME_LENGTH = 200;

    @Id
    @SequenceGenerator(name = "kpcs_seq", sequenceName = "kpcs_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "kpcs_seq")
    private Long id;

    @Column(nullable = false, unique = true, length = NAME_LENGTH)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ObserverKind kind;

    private LocalDate since;

    @Version
    private long version;

    protected Observer() {
        // for JPA
    }

    public Observer(String name, ObserverKind kind, LocalDate since) {
        Objects.requireNonNull(name, "name is required");
        if (name.isBlank()) {
            throw new BusinessException("registry.entry.error.observer");
        }
        this.name = name.strip();
        this.kind = Objects.requireNonNull(kind, "kind is required");
        this.since = since;
    }

    public String getName() {
        return name;
    }

    public ObserverKind getKind() {
        return kind;
    }

    public LocalDate getSince() {
        return since;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof Observer other && name.equals(other.name));
    }

    @Override
    public int hashCode() {
        return name.hashCode();
    }
}
