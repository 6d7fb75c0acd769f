package cn.ipcity.jurisdiction;

import cn.ipcity.common.JurisdictionCodes;
import cn.ipcity.common.NotFoundException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads the division hierarchy. Codes may be given in short (3710) or 6-digit (371000) form. */
@Service
@Transactional(readOnly = true)
public class Jurisdictions {

    private final JdbcClient jdbc;

    Jurisdictions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Jurisdiction> find(String code) {
        if (!JurisdictionCodes.isWellFormed(code)) {
            return Optional.empty();
        }
        return jdbc.sql("select * from jurisdiction where code = ?")
                .param(JurisdictionCodes.normalize(code))
                .query(Jurisdictions::map)
                .optional();
    }

    public Jurisdiction get(String code) {
        JurisdictionCodes.normalize(code); // malformed → 400, well-formed but unknown → 404
        return find(code).orElseThrow(() -> new NotFoundException("jurisdiction", code));
    }

    public boolean exists(String code) {
        return find(code).isPresent();
    }

    public List<Jurisdiction> children(String code) {
        return jdbc.sql("select * from jurisdiction where parent_code = ? order by code")
                .param(JurisdictionCodes.normalize(code))
                .query(Jurisdictions::map)
                .list();
    }

    public List<Jurisdiction> provinces() {
        return jdbc.sql("select * from jurisdiction where level = 'PROVINCE' order by code")
                .query(Jurisdictions::map)
                .list();
    }

    /** From the province down to the jurisdiction itself. */
    public List<Jurisdiction> path(String code) {
        List<Jurisdiction> path = new ArrayList<>();
        Optional<Jurisdiction> current = find(code);
        while (current.isPresent()) {
            path.add(0, current.get());
            String parent = current.get().parentCode();
            current = parent == null ? Optional.empty() : find(parent);
        }
        return path;
    }

    /** True when {@code inner} is {@code outer} or lies inside it, by the stored hierarchy. */
    public boolean contains(String outer, String inner) {
        String target = JurisdictionCodes.normalize(outer);
        return path(inner).stream().anyMatch(j -> j.code().equals(target));
    }

    private static Jurisdiction map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Jurisdiction(
                rs.getString("code"),
                rs.getString("name"),
                Jurisdiction.Level.valueOf(rs.getString("level")),
                rs.getString("parent_code"));
    }
}
