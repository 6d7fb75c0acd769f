package cn.ipcity.registry;

/**
 * Published inside the transaction of an import job that succeeded; listeners that keep derived figures
 * (the metrics module's facts) use {@code @TransactionalEventListener} to act after the commit. The rows the job
 * changed carry {@code import_job_id = jobId}: registry rows it inserted or updated, and for a party import also
 * the transfer events whose new holder it (re)attributed.
 *
 * @param recordType the import type, e.g. {@code patent}, {@code patent-event}, {@code party}, {@code trademark}
 * @param rowsChanged rows inserted plus rows updated
 * @param rowsUpdated of those, rows that existed before (0: the job only added rows)
 */
public record RegistryChanged(long jobId, String recordType, long rowsChanged, long rowsUpdated) {}
