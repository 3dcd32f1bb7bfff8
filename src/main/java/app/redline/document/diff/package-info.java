/**
 * Word diffs between two texts (tokenised for the target language) and the one component that shows them; other
 * modules' screens (the editor, the review queue) use both.
 */
@NamedInterface("diff")
package app.redline.document.diff;

import org.springframework.modulith.NamedInterface;
