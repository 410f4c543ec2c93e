package cn.shangliang.council;

import cn.shangliang.common.export.Export;
import cn.shangliang.common.export.ExportContext;
import cn.shangliang.common.export.ExportMessages;
import cn.shangliang.common.export.ExportSource;
import cn.shangliang.common.export.Table;
import cn.shangliang.council.MeetingViews.ItemView;
import cn.shangliang.council.MeetingViews.MeetingView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A meeting's attendance (present and absent members, guests) and its resolutions with the counts, as on its page. */
@ApplicationScoped
public class CouncilExports implements ExportSource {

    @Inject
    MeetingViews views;

    /** One line of the attendance sheet: everyone checked in, then every member who was not. */
    record Line(String name, String affiliation, String status, Instant checkedInAt) {
    }

    @Override
    public Map<String, Maker> exports() {
        return Map.of("meeting-attendance", this::attendance, "meeting-resolutions", this::resolutions);
    }

    Export attendance(long id, ExportContext c) {
        MeetingView meeting = views.view(id);
        ExportMessages m = c.m();
        List<Line> lines = new ArrayList<>();
        meeting.attendance().forEach(a -> lines.add(new Line(a.name(), a.affiliation(), a.memberId() == null ? m.guest()
                : a.method() == Attendance.Method.SELF ? m.checked_in_self() : m.checked_in_by_staff(), a.checkedInAt())));
        meeting.absent().forEach(a -> lines.add(new Line(a.name(), a.seat().label(c.lang()), m.absent(), null)));
        return Table.<Line>of(c).text(m.name(), Line::name).text(m.affiliation(), Line::affiliation)
                .text(m.status(), Line::status).time(m.checked_in_at(), Line::checkedInAt)
                .export("meeting-attendance-" + id, m.sheet_attendance(), lines);
    }

    Export resolutions(long id, ExportContext c) {
        MeetingView meeting = views.view(id);
        ExportMessages m = c.m();
        List<ItemView> decided = meeting.items().stream().filter(i -> i.resolution() != null).toList();
        return Table.<ItemView>of(c).number(m.position(), ItemView::position).text(m.item(), ItemView::title)
                .text(m.resolution(), i -> i.resolution().text())
                .number(m.members(), i -> i.resolution().members()).number(m.present(), i -> i.resolution().present())
                .number(m.agree(), i -> i.resolution().agree()).number(m.oppose(), i -> i.resolution().oppose())
                .number(m.abstain(), i -> i.resolution().abstain()).text(m.passed(), i -> i.resolution().passed())
                .time(m.decided_at(), i -> i.resolution().decidedAt())
                .export("meeting-resolutions-" + id, m.sheet_resolutions(), decided);
    }
}
