package app.redline.glossary.exchange;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLResolver;
import javax.xml.stream.XMLStreamException;

/**
 * StAX factories for untrusted uploads. DTDs are not processed at all, so a DOCTYPE that names an external
 * DTD is skipped without fetching it, and declared entities are never expanded: every reference surfaces as
 * an ENTITY_REFERENCE event the parser rejects. The throwing resolver and the empty access list are a second
 * lock in case a future JDK or setting changes the first.
 */
final class HardenedXml {

    static final XMLResolver REFUSING_RESOLVER = (publicId, systemId, baseUri, namespace) -> {
        throw new XMLStreamException("External resources are never loaded from glossary files (asked for "
                + systemId + ")");
    };

    static final int MAX_ELEMENT_DEPTH = 100;

    private HardenedXml() {}

    static XMLInputFactory inputFactory() {
        // The JDK's own implementation, not whatever StAX provider happens to be on the classpath:
        // the protections below are verified against it.
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLInputFactory.IS_COALESCING, false);
        factory.setXMLResolver(REFUSING_RESOLVER);
        // TBX nests about ten levels deep; the JDK default differs between versions (none in 21, 100 in 25).
        factory.setProperty("jdk.xml.maxElementDepth", MAX_ELEMENT_DEPTH);
        return factory;
    }
}
