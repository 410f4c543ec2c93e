package cn.shangliang.council;

import cn.shangliang.common.print.DocumentSource;
import cn.shangliang.common.print.PrintDocument;
import cn.shangliang.common.print.PrintDocument.Section;
import cn.shangliang.common.print.PrintContext;
import cn.shangliang.common.print.PrintMessages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;
import java.util.Map;

/** A meeting's minutes as an A4 paper: the confirmed text (or the draft, for those who keep the records), signed off by the council. */
@ApplicationScoped
public class CouncilDocuments implements DocumentSource {

    @Inject
    MeetingViews views;

    @Inject
    MinutesService minutes;

    @Override
    public Map<String, Maker> documents() {
        return Map.of("meeting-minutes", this::minutes);
    }

    PrintDocument minutes(long id, PrintContext c) {
        PrintMessages m = c.m();
        MeetingViews.MeetingView meeting = views.view(id);
        String text = minutes.text(id);
        return new PrintDocument("meeting-minutes-" + id, meeting.councilName(), m.minutes_title(meeting.title()),
                m.number(m.kind_minutes(), meeting.date().getYear(), id), meeting.date(), List.of(Section.of(null, text)),
                true, "/meetings/" + id + "/minutes");
    }
}
