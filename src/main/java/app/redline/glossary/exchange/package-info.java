/** Glossary exchange formats (TBX, CSV): plain records in, plain records out, no persistence. */
@NamedInterface("exchange")
package app.redline.glossary.exchange;

import org.springframework.modulith.NamedInterface;
