package jp.shokuba.it;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The real web archive for an Arquillian test class: the class added, and Arquillian's runner servlet let past the sign-in. */
public final class ArquillianArchive {

    private ArquillianArchive() {
    }

    public static WebArchive with(Class<?> testClass) throws IOException {
        WebArchive war = ShrinkWrap.create(ZipImporter.class, "shokuba-arquillian.war")
                .importFrom(new File(System.getProperty("shokuba.war")))
                .as(WebArchive.class)
                .addClasses(testClass, ArquillianArchive.class);
        String webXml;
        try (InputStream in = war.get("WEB-INF/web.xml").getAsset().openStream()) {
            webXml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        war.delete("WEB-INF/web.xml");
        return war.setWebXML(new StringAsset(webXml.replace("<url-pattern>/login.xhtml</url-pattern>",
                "<url-pattern>/login.xhtml</url-pattern><url-pattern>/ArquillianServletRunnerEE9</url-pattern>")));
    }
}
