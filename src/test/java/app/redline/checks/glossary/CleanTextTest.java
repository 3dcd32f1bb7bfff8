package app.redline.checks.glossary;

import static org.assertj.core.api.Assertions.assertThat;

import app.redline.checks.Check;
import app.redline.checks.CheckInput;
import app.redline.checks.StarterGlossary;
import java.util.List;
import org.junit.jupiter.api.Test;

class CleanTextTest {

    private final List<Check> checks = List.of(new RequiredTermCheck(), new ForbiddenTermCheck(), new TermCasingCheck());

    @Test
    void aPostEditedSegmentRaisesNoGlossaryIssue() {
        String source = "会议传达学习习近平总书记在2022年世界经济论坛视频会议上的重要讲话精神，推动“双碳”工作";
        String readout = "Meeting communicate learning xi jinping, general secretary of the 2022 world economic BBS "
                + "video conference’s important speech spirit, more work together to promote “double carbon”";
        String clean = "The meeting studied the guiding principles of General Secretary Xi Jinping’s important speech "
                + "at the 2022 World Economic Forum virtual session and called for joint efforts to pursue the carbon "
                + "peaking and carbon neutrality goals.";
        CheckInput input = new CheckInput(readout, source, clean, "zh-CN", "en-US", StarterGlossary.index());

        assertThat(checks).allSatisfy(check -> assertThat(check.check(input)).as(check.id()).isEmpty());
    }

    @Test
    void theSameSegmentUnEditedRaisesIssuesInEveryCheck() {
        String readout = "Meeting communicate learning xi jinping, general secretary of the 2022 world economic BBS "
                + "video conference’s important speech spirit, more work together to promote “double carbon”";
        CheckInput input = new CheckInput(readout, null, readout, "zh-CN", "en-US", StarterGlossary.index());

        assertThat(checks).allSatisfy(check -> assertThat(check.check(input)).as(check.id()).isNotEmpty());
    }
}
