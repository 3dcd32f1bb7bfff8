/** Turning an uploaded file into segments; the rejection type is part of the module's API. */
@NamedInterface("importing")
package app.redline.document.importing;

import org.springframework.modulith.NamedInterface;
