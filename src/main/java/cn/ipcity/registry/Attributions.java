package cn.ipcity.registry;

import cn.ipcity.jurisdiction.Jurisdiction;
import cn.ipcity.jurisdiction.Jurisdictions;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.springframework.stereotype.Service;

/** The address attributor over the division table and the documented renames (reference/division-renames.csv). */
@Service
public class Attributions {

    private final Jurisdictions jurisdictions;
    private volatile AddressAttributor attributor;

    Attributions(Jurisdictions jurisdictions) {
        this.jurisdictions = jurisdictions;
    }

    public AddressAttributor attributor() {
        AddressAttributor a = attributor;
        if (a == null) {
            synchronized (this) {
                if (attributor == null) {
                    attributor = build();
                }
                a = attributor;
            }
        }
        return a;
    }

    private AddressAttributor build() {
        List<AddressAttributor.Division> divisions = new ArrayList<>();
        for (Jurisdiction p : jurisdictions.provinces()) {
            add(divisions, p);
            for (Jurisdiction c : jurisdictions.children(p.code())) {
                add(divisions, c);
                jurisdictions.children(c.code()).forEach(k -> add(divisions, k));
            }
        }
        return new AddressAttributor(divisions, loadRenames());
    }

    private static void add(List<AddressAttributor.Division> divisions, Jurisdiction j) {
        divisions.add(
                new AddressAttributor.Division(j.code(), j.name(), j.level().name(), j.parentCode()));
    }

    public static List<AddressAttributor.Rename> loadRenames() {
        try (var reader = new InputStreamReader(
                Attributions.class.getResourceAsStream("/reference/division-renames.csv"), StandardCharsets.UTF_8)) {
            List<AddressAttributor.Rename> renames = new ArrayList<>();
            for (CSVRecord r : CSVFormat.DEFAULT
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(reader)) {
                renames.add(new AddressAttributor.Rename(r.get("old_code"), r.get("old_name"), r.get("new_code")));
            }
            return renames;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
