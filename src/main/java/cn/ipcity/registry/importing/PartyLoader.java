package cn.ipcity.registry.importing;

import cn.ipcity.common.ChineseCodes;
import cn.ipcity.registry.AddressAttributor;
import cn.ipcity.registry.Attribution;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Right holders; key: unified social credit code, else name + address. */
final class PartyLoader implements Loader {

    private static final List<Column> COLUMNS = List.of(
            Column.stored("name", "text"),
            Column.stored("uscc", "char(18)"),
            Column.stored("kind", "text"),
            Column.stored("address", "text"),
            Column.stored("country", "text"),
            Column.stored("domestic", "boolean"),
            Column.stored("jurisdiction_code", "char(6)"),
            Column.stored("attribution", "text"));

    @Override
    public RecordType type() {
        return RecordType.PARTY;
    }

    @Override
    public List<Column> columns() {
        return COLUMNS;
    }

    @Override
    public Staged convert(MappedRow row, ImportContext ctx) {
        String name = row.required("name");
        String uscc = row.text("uscc");
        if (uscc != null) {
            uscc = uscc.toUpperCase();
            if (!ChineseCodes.isValidUscc(uscc)) {
                String expected = uscc.length() == 18
                                && uscc.substring(0, 17)
                                        .chars()
                                        .allMatch(c -> "0123456789ABCDEFGHJKLMNPQRTUWXY".indexOf(c) >= 0)
                        ? "，校验码应为 " + ChineseCodes.usccCheckCharacter(uscc.substring(0, 17))
                                + " / expected check character "
                                + ChineseCodes.usccCheckCharacter(uscc.substring(0, 17))
                        : " / not 18 characters of the GB 32100-2015 set";
                row.error("uscc", uscc, "统一社会信用代码无效" + expected);
            }
        }
        String kind = row.code("kind", true);
        String address = row.text("address");
        String country = row.text("country");
        if (country == null) {
            country = address != null && AddressAttributor.isNotDomestic(address) ? "" : "CN";
        }
        Attribution a = Fields.attribution(row, ctx, "jurisdictionCode", "address", country);
        if (!row.ok() || a == null) {
            return null;
        }
        String cc = country.isEmpty() ? "ZZ" : country.toUpperCase();
        String key = uscc != null ? uscc : name + "\u0001" + (address == null ? "" : address);
        return new Staged(key, new Object[] {
            name,
            uscc,
            kind,
            address == null ? "" : address,
            cc.length() > 3 ? cc.substring(0, 3) : cc,
            a.domestic(),
            a.jurisdictionCode(),
            a.kind().name()
        });
    }

    @Override
    public List<Upsert> upserts() {
        return List.of(
                new Upsert("party", "s.uscc is not null", List.of("uscc"), "t.uscc is not null", true, true),
                new Upsert("party", "s.uscc is null", List.of("name", "address"), "t.uscc is null", true, true));
    }

    @Override
    public void afterMerge(JdbcClient jdbc, ImportContext ctx) {
        // transfers recorded before their new holder was known as a party get the holder's attribution now;
        // only the names of this file that are some transfer's first new holder are looked up (found through
        // the partial index on new_holders[1]), not every staged party
        jdbc.sql(
                        """
                        update patent_event e
                           set holder_jurisdiction_code = b.jurisdiction_code, holder_attribution = b.attribution,
                               holder_domestic = b.domestic, import_job_id = ?
                          from (select distinct on (name) name, jurisdiction_code, attribution, domestic
                                  from party
                                 where name in (select t.new_holders[1] from patent_event t
                                                 where t.code = 'TRANSFER'
                                                   and t.new_holders[1] in (select name from stage))
                                 order by name, (uscc is null), id) b
                         where e.code = 'TRANSFER' and e.new_holders[1] = b.name
                           and (e.holder_jurisdiction_code is distinct from b.jurisdiction_code
                                or e.holder_attribution is distinct from b.attribution)""")
                .param(ctx.jobId())
                .update();
    }
}
