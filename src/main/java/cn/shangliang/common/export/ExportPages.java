package cn.shangliang.common.export;

import cn.shangliang.common.audit.AuditLog;
import cn.shangliang.common.web.DomainException;
import cn.shangliang.common.web.Ui;
import cn.shangliang.common.security.Caller;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.Map;

/**
 * Every feature's tables as files: {@code /exports/{name}/{id}?format=xlsx|csv}. The maker refuses whoever may
 * not read the page the table comes from; a download by a logged-in visitor is audited (who took which file),
 * as most of these tables carry names.
 */
@Path("/exports/{name}/{id}")
@Blocking
public class ExportPages {

    @Inject
    Instance<ExportSource> sources;

    @Inject
    Downloads downloads;

    @Inject
    Ui ui;

    @Inject
    Caller caller;

    @Inject
    AuditLog audit;

    private volatile Map<String, ExportSource.Maker> makers;

    @GET
    @PermitAll
    @Transactional
    @Produces({"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "text/csv", MediaType.TEXT_HTML})
    public Response download(@PathParam("name") String name, @PathParam("id") long id, @QueryParam("format") String format) {
        ExportFormat f = Downloads.format(format);
        ExportSource.Maker maker = makers().get(name);
        if (maker == null) {
            throw DomainException.notFound("not-found.export");
        }
        Export export = maker.make(id, new ExportContext(ui.bundle(ExportMessages.class), ui.lang()));
        if (caller.authenticated()) {
            audit.record(caller.auditName(), "export.download", name, id, export.fileName() + "." + f.extension());
        }
        return downloads.file(f, export);
    }

    private Map<String, ExportSource.Maker> makers() {
        Map<String, ExportSource.Maker> m = makers;
        if (m == null) {
            m = cn.shangliang.common.web.ByName.index(sources, ExportSource::exports);
            makers = m;
        }
        return m;
    }
}
