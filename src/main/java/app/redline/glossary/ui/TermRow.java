package app.redline.glossary.ui;

import app.redline.glossary.MatchMode;
import app.redline.glossary.TermData;
import app.redline.glossary.TermStatus;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;

/** One editable term of a concept. */
class TermRow extends HorizontalLayout {

    private static final List<String> LANGUAGES = List.of("zh-CN", "en-US", "en-GB", "de-DE", "fr-FR", "es-ES", "ja-JP");

    private final Long id;
    final ComboBox<String> language = new ComboBox<>("Language", LANGUAGES);
    final TextField text = new TextField("Term");
    final Select<TermStatus> status = new Select<>();
    final Checkbox caseSensitive = new Checkbox("Case-sensitive");
    final Select<MatchMode> matchMode = new Select<>();
    final TextField partOfSpeech = new TextField("Part of speech");
    final TextField note = new TextField("Note");
    final TextField authority = new TextField("Authority");
    final Button remove = new Button("Remove");

    TermRow(TermData term, boolean editable, Runnable onRemove) {
        this.id = term.id();
        setWrap(true);
        setAlignItems(FlexComponent.Alignment.BASELINE);
        addClassName("term-row");
        language.setAllowCustomValue(true);
        language.addCustomValueSetListener(custom -> language.setValue(custom.getDetail()));
        language.setWidth("8em");
        language.setValue(term.language());
        text.setValue(term.text() == null ? "" : term.text());
        text.setWidth("18em");
        status.setLabel("Status");
        status.setItems(TermStatus.values());
        status.setItemLabelGenerator(TermStatus::label);
        status.setValue(term.status() == null ? TermStatus.ADMITTED : term.status());
        status.setWidth("9em");
        caseSensitive.setValue(term.caseSensitive());
        matchMode.setLabel("Match");
        matchMode.setItems(MatchMode.values());
        matchMode.setItemLabelGenerator(MatchMode::label);
        matchMode.setValue(term.matchMode() == null ? MatchMode.defaultFor(term.language()) : term.matchMode());
        matchMode.setWidth("10em");
        partOfSpeech.setValue(term.partOfSpeech() == null ? "" : term.partOfSpeech());
        partOfSpeech.setWidth("7em");
        note.setValue(term.note() == null ? "" : term.note());
        authority.setValue(term.authority() == null ? "" : term.authority());
        authority.setWidth("16em");
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        remove.addClickListener(click -> onRemove.run());
        remove.setVisible(editable);
        language.setReadOnly(!editable);
        for (TextField field : List.of(text, partOfSpeech, note, authority)) {
            field.setReadOnly(!editable);
        }
        status.setReadOnly(!editable);
        caseSensitive.setReadOnly(!editable);
        matchMode.setReadOnly(!editable);
        add(language, text, status, matchMode, caseSensitive, partOfSpeech, note, authority, remove);
    }

    TermData value() {
        return new TermData(id, language.getValue(), text.getValue(), status.getValue(), caseSensitive.getValue(),
                matchMode.getValue(), partOfSpeech.getValue(), note.getValue(), authority.getValue());
    }
}
