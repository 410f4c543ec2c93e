package cn.shangliang.common.export;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Column headings, sheet names and download links of every export: export_zh.properties / export_en.properties. */
@MessageBundle(value = "export", locale = "zh")
public interface ExportMessages {

    @Message String download();

    @Message String sheet_roster();
    @Message String building();
    @Message String unit();
    @Message String area_m2();
    @Message String area_source();
    @Message String parking();
    @Message String delivered();
    @Message String owner();
    @Message String owner_kind();
    @Message String id_masked();
    @Message String phone_masked();
    @Message String designated_voter();
    @Message String roster_xlsx();
    @Message String roster_csv();
    @Message String sheet_verification();
    @Message String references();
    @Message String leaf_index();
    @Message String leaf_hash();
    @Message String merkle_root();
    @Message String choice();
    @Message String heads();
    @Message String verification_xlsx();
    @Message String verification_csv();
    @Message String yes();
    @Message String no();
}
