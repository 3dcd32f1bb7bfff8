/** Concepts, terms, term history, proposals, TBX and CSV exchange; the glossary screens. */
@ApplicationModule(displayName = "Glossary", allowedDependencies = {"base", "user", "security", "project"})
package app.redline.glossary;

import org.springframework.modulith.ApplicationModule;
