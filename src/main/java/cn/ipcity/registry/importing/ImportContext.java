package cn.ipcity.registry.importing;

import cn.ipcity.registry.AddressAttributor;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What loaders need to know about the running job.
 *
 * @param scopePrefix significant digits of the jurisdiction the job may write (3710), or null for an admin
 * @param today the import date (Asia/Shanghai), for checks of the state at export time
 * @param warnings notes for the job history, added by loaders
 * @param firstLoads the tables this job found empty and filled (set by the pipeline before the follow-up: there
 *     the staged rows are all the table holds)
 */
public record ImportContext(
        long jobId,
        String scopePrefix,
        AddressAttributor attributor,
        LocalDate today,
        List<String> warnings,
        Set<String> firstLoads) {

    public ImportContext(
            long jobId, String scopePrefix, AddressAttributor attributor, LocalDate today, List<String> warnings) {
        this(jobId, scopePrefix, attributor, today, warnings, new HashSet<>());
    }

    /** True when a record attributed to {@code code} may be written by this job (unattributed ones may). */
    public boolean inScope(String code) {
        return scopePrefix == null || code == null || code.startsWith(scopePrefix);
    }

    public String scopeMessage(String code) {
        return "记录属于 " + code + "，超出本次导入的辖区 " + scopePrefix + " / the record belongs to " + code
                + ", outside the jurisdiction " + scopePrefix + " this job may write";
    }
}
