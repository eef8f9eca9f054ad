package org.kimberleyprocess.portal.platform.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.AbstractMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The one permissions bean of the pages: {@code #{can.membership.recordDecision(file)}} asks the membership
 * capability's permission bean, which asks its services' own rules. A page never spells a role name. Dependent
 * (not normal-scoped): a client proxy of a map would answer EL's map calls itself instead of the bean's.
 */
@Named
@Dependent
public class Can extends AbstractMap<String, CapabilityPermissions> {

    @Inject
    private Instance<CapabilityPermissions> capabilities;

    private Map<String, CapabilityPermissions> byName;

    @PostConstruct
    void collect() {
        Map<String, CapabilityPermissions> found = new TreeMap<>();
        for (CapabilityPermissions c : capabilities) {
            found.put(c.capability(), c);
        }
        byName = Map.copyOf(found);
    }

    @Override
    public CapabilityPermissions get(Object capability) {
        return byName.get(capability);
    }

    @Override
    public Set<Entry<String, CapabilityPermissions>> entrySet() {
        return byName == null ? Set.of() : byName.entrySet();
    }

    /** The bean's identity, not the map's contents (the container hashes the instance before it is filled). */
    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }

    @Override
    public boolean equals(Object o) {
        return this == o;
    }
}
