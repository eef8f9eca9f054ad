package org.kimberleyprocess.portal.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The real WAR that the build made, as Arquillian deploys it to the test server. */
public final class PortalDeployment {

    private PortalDeployment() {
    }

    public static WebArchive war() {
        File war = new File(System.getProperty("it.war", "target/kpcs-portal.war"));
        if (!war.isFile()) {
            throw new IllegalStateException("build the WAR first (mvn verify): " + war);
        }
        return ShrinkWrap.create(ZipImporter.class, "kpcs-portal.war").importFrom(war).as(WebArchive.class);
    }
}
