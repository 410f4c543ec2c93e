package cn.shangliang.proposal;

import cn.shangliang.common.export.Export;
import cn.shangliang.common.export.ExportContext;
import cn.shangliang.common.export.ExportMessages;
import cn.shangliang.common.export.ExportSource;
import cn.shangliang.common.export.Table;
import cn.shangliang.common.web.DomainException;
import cn.shangliang.community.Community;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Map;

/** A community's proposals with their co-sign counts, as the public list shows them, oldest first. */
@ApplicationScoped
public class ProposalExports implements ExportSource {

    @Override
    public Map<String, Maker> exports() {
        return Map.of("proposals", this::proposals);
    }

    Export proposals(long communityId, ExportContext c) {
        if (Community.findById(communityId) == null) {
            throw DomainException.notFound("not-found.community");
        }
        ExportMessages m = c.m();
        return Table.<Proposal>of(c).number(m.number(), p -> p.id).text(m.title(), p -> p.title)
                .text(m.category(), p -> p.category).text(m.status(), p -> p.status)
                .number(m.cosigns(), p -> p.cosignCount)
                .time(m.created_at(), p -> p.createdAt)
                .export("proposals-" + communityId, m.sheet_proposals(), Proposal.list("communityId = ?1 order by id", communityId));
    }
}
