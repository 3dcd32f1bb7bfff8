package app.redline.document.importing;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class PageFurnitureTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "Views: 8",
            "Page views: 1,024",
            "Text Size: Large Medium Small",
            "2022-06-21 0 By",
            " date 2023-02-09 Date: 2023-02-09",
            "Release time: 2023-02-09 10:30",
            "Date: February 9, 2023",
            "Source: Fuxin News Network",
            "Source: Changchun Daily",
            "Editor in charge: Liu Dongmei",
            "Reporter: Wang Li Editor: Zhao Min",
            "【Print】 【Close】",
            "0",
            "— 1 —",
    })
    void recognisesPageFurniture(String line) {
        assertThat(PageFurniture.isFurniture(line)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "On February 8, the municipal government held an enlarged meeting.",
            "Zhang Zhijun presided over a meeting of the Standing Committee of the CPC Municipal Committee",
            "The meeting also examined other matters.",
            "By 2025, the city will have 10 million residents.",
            "Views differ on the plan.",
            "Source of growth: consumption rose. The meeting welcomed it.",
            "Text size matters for the new signage in the city centre.",
            "On 2023-02-09 the meeting approved the plan.",
            "Close cooperation is needed.",
    })
    void leavesContentTranslatable(String line) {
        assertThat(PageFurniture.isFurniture(line)).isFalse();
    }
}
