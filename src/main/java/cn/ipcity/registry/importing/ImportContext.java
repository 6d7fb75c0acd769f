package cn.ipcity.registry.importing;

import cn.ipcity.registry.AddressAttributor;
import java.time.LocalDate;
import java.util.List;

/**
 * What loaders need to know about the running job.
 *
 * @param scopePrefix significant digits of the jurisdiction the job may write (3710), or null for an admin
 * @param today the import date (Asia/Shanghai), for checks of the state at export time
 * @param warnings notes for the job history, added by loaders
 */
public record ImportContext(
        long jobId, String scopePrefix, AddressAttributor attributor, LocalDate today, List<String> warnings) {

    /** True when a record attributed to {@code code} may be written by this job (unattributed ones may). */
    public boolean inScope(String code) {
        return scopePrefix == null || code == null || code.startsWith(scopePrefix);
    }

    public String scopeMessage(String code) {
        return "记录属于 " + code + "，超出本次导入的辖区 " + scopePrefix + " / the record belongs to " + code
                + ", outside the jurisdiction " + scopePrefix + " this job may write";
    }
}
