package cn.shangliang.common.print;

import cn.shangliang.common.web.DomainException;
import cn.shangliang.common.web.Ui;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.Map;

/**
 * Every feature's printable documents as A4 PDFs: {@code /documents/{name}/{id}.pdf}. The same print template for
 * all (issuer, number, title, text, table, seal block, address and QR code), so every paper looks alike.
 */
@Path("/documents/{name}/{id: [0-9]+}.pdf")
@Blocking
public class DocumentPages {

    @CheckedTemplate(basePath = "print")
    static class Templates {
        static native TemplateInstance document(PrintDocument doc);
    }

    @Inject
    Instance<DocumentSource> sources;

    @Inject
    Pdf pdf;

    @Inject
    Ui ui;

    private volatile Map<String, DocumentSource.Maker> makers;

    @GET
    @PermitAll
    @Transactional
    @Produces({"application/pdf", MediaType.TEXT_HTML})
    public Response pdf(@PathParam("name") String name, @PathParam("id") long id) {
        DocumentSource.Maker maker = makers().get(name);
        if (maker == null) {
            throw DomainException.notFound("not-found.document");
        }
        PrintDocument doc = maker.make(id, new PrintContext(ui.bundle(PrintMessages.class), ui.lang()));
        return pdf.response(pdf.render(Templates.document(doc)), doc.fileName());
    }

    private Map<String, DocumentSource.Maker> makers() {
        Map<String, DocumentSource.Maker> m = makers;
        if (m == null) {
            m = cn.shangliang.common.web.ByName.index(sources, DocumentSource::documents);
            makers = m;
        }
        return m;
    }
}
