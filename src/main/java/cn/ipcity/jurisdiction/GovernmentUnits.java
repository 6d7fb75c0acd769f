package cn.ipcity.jurisdiction;

import cn.ipcity.account.AuditLog;
import cn.ipcity.common.JurisdictionCodes;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Government units (责任单位) by jurisdiction, unique by name within a jurisdiction. */
@Service
public class GovernmentUnits {

    private final JdbcClient jdbc;
    private final AuditLog audit;

    GovernmentUnits(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** Creates the units that do not exist yet; existing ones are left as they are. Returns how many were new. */
    @Transactional
    public int ensure(String jurisdictionCode, Collection<String> names) {
        String code = JurisdictionCodes.normalize(jurisdictionCode);
        int created = 0;
        for (String name : names.stream().map(String::trim).distinct().toList()) {
            Optional<Long> id = jdbc.sql("insert into government_unit (jurisdiction_code, name) values (?, ?)"
                            + " on conflict (jurisdiction_code, name) do nothing returning id")
                    .params(code, name)
                    .query(Long.class)
                    .optional();
            if (id.isPresent()) {
                created++;
                audit.record(
                        "UNIT_CREATED", "government_unit", String.valueOf(id.get()), code, null, Map.of("name", name));
            }
        }
        return created;
    }

    @Transactional(readOnly = true)
    public List<GovernmentUnit> of(String jurisdictionCode) {
        return jdbc.sql("select * from government_unit where jurisdiction_code = ? order by name")
                .param(JurisdictionCodes.normalize(jurisdictionCode))
                .query((rs, i) ->
                        new GovernmentUnit(rs.getLong("id"), rs.getString("jurisdiction_code"), rs.getString("name")))
                .list();
    }

    @Transactional(readOnly = true)
    public Optional<GovernmentUnit> find(String jurisdictionCode, String name) {
        return jdbc.sql("select * from government_unit where jurisdiction_code = ? and name = ?")
                .params(JurisdictionCodes.normalize(jurisdictionCode), name)
                .query((rs, i) ->
                        new GovernmentUnit(rs.getLong("id"), rs.getString("jurisdiction_code"), rs.getString("name")))
                .optional();
    }
}
