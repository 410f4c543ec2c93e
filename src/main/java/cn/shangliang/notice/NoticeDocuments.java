package cn.shangliang.notice;

import cn.shangliang.common.print.DocumentSource;
import cn.shangliang.common.print.PrintDocument;
import cn.shangliang.common.print.PrintDocument.Section;
import cn.shangliang.common.print.PrintContext;
import cn.shangliang.common.print.PrintMessages;
import cn.shangliang.common.web.DomainException;
import cn.shangliang.community.Issuers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Every notice on the board as an A4 paper for the board outside (公示栏): an assembly's announcement and result,
 * published minutes, hearing notices, budget notices. Numbered by year and id, dated the day it was published,
 * with the issuer's seal block and the notice's address as a QR code.
 */
@ApplicationScoped
public class NoticeDocuments implements DocumentSource {

    @Inject
    NoticeBoard board;

    @Inject
    Clock clock;

    @Override
    public Map<String, Maker> documents() {
        return Map.of("notice", this::notice);
    }

    PrintDocument notice(long id, PrintContext c) {
        PrintMessages m = c.m();
        Notice n = board.find(id).orElseThrow(() -> DomainException.notFound("not-found.notice"));
        LocalDate day = LocalDate.ofInstant(n.publishedAt, clock.getZone());
        return new PrintDocument("notice-" + n.id, Issuers.of(n.communityId, n.estateId, m), n.title,
                m.number(m.kind_notice(), day.getYear(), n.id), day, List.of(Section.of(null, n.body)), true,
                "/notices/" + n.id);
    }
}
