package cn.shangliang.community;

import cn.shangliang.common.print.PrintMessages;
import cn.shangliang.common.web.Ui;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The issuer of a printed page in the visitor's language, for templates: {@code inject:issuers.of(communityId, estateId)}. */
@Named("issuers")
@ApplicationScoped
public class IssuerNames {

    @Inject
    Ui ui;

    @Inject
    java.time.Clock clock;

    /** A notice's document number: kind, year of publication, id, as on its PDF. */
    public String noticeNumber(long id, java.time.Instant publishedAt) {
        PrintMessages m = ui.bundle(PrintMessages.class);
        return m.number(m.kind_notice(), publishedAt.atZone(clock.getZone()).getYear(), id);
    }

    public String of(Long communityId, Long estateId) {
        return Issuers.of(communityId, estateId, ui.bundle(PrintMessages.class));
    }
}
