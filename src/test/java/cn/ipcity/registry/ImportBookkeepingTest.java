package cn.ipcity.registry;

import static cn.ipcity.registry.ImportFixtures.EVENT_HEADER;
import static cn.ipcity.registry.ImportFixtures.PARTY_HEADER;
import static cn.ipcity.registry.ImportFixtures.PATENT_HEADER;
import static cn.ipcity.registry.ImportFixtures.applicationNumber;
import static cn.ipcity.registry.ImportFixtures.csv;
import static cn.ipcity.registry.ImportFixtures.patentRow;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * What the importer records about the rows it writes: every row a job inserts or updates carries the job's id
 * (rows it leaves alone keep the id of the job that last changed them), and a transfer imported before its new
 * holder is known as a party is attributed when that party arrives — by the party job, and only when the
 * attribution changes.
 */
class ImportBookkeepingTest extends ImportTestSupport {

    @Test
    void rowsCarryTheJobThatLastChangedThem() throws Exception {
        String a = applicationNumber(2019, 1);
        String b = applicationNumber(2019, 2);
        String applicant = "威海记账测试机械有限公司" + suffix();
        String address = "山东省威海市环翠区文化西路180号";
        var first = importCsv(
                "patent",
                csv(
                        PATENT_HEADER,
                        List.of(
                                patentRow(a, "2019-03-10", "发明", "一种卷扬机", "B66D 1/00", applicant, address),
                                patentRow(b, "2019-04-11", "实用新型", "一种吊钩", "B66C 1/00", applicant, address))));
        assertThat(first.get("status")).as(first.toString()).isEqualTo("SUCCEEDED");
        assertThat(n(first, "rowsInserted")).isEqualTo(2);
        assertThat(jobOf("patent", a)).isEqualTo(n(first, "jobId"));
        assertThat(jobOf("patent", b)).isEqualTo(n(first, "jobId"));

        // a newer export: a's title corrected, b as before → a is updated by the second job, b is not touched
        var second = importCsv(
                "patent",
                csv(
                        PATENT_HEADER,
                        List.of(
                                patentRow(a, "2019-03-10", "发明", "一种电动卷扬机", "B66D 1/00", applicant, address),
                                patentRow(b, "2019-04-11", "实用新型", "一种吊钩", "B66C 1/00", applicant, address))));
        assertThat(n(second, "rowsUpdated")).isEqualTo(1);
        assertThat(n(second, "rowsUnchanged")).isEqualTo(1);
        assertThat(n(second, "rowsInserted")).isZero();
        assertThat(jobOf("patent", a)).isEqualTo(n(second, "jobId"));
        assertThat(jobOf("patent", b)).isEqualTo(n(first, "jobId"));
    }

    @Test
    void aTransferIsAttributedWhenItsHolderIsImportedLater() throws Exception {
        String a = applicationNumber(2018, 1);
        String holder = "淄博后知科技有限公司" + suffix();
        var patents = importCsv(
                "patent",
                csv(
                        PATENT_HEADER,
                        List.of(patentRow(
                                a,
                                "2018-05-02",
                                "发明",
                                "一种陶瓷釉料",
                                "C04B 41/86",
                                "威海记账测试陶瓷有限公司" + suffix(),
                                "山东省威海市环翠区文化西路180号"))));
        assertThat(patents.get("status")).as(patents.toString()).isEqualTo("SUCCEEDED");
        var events = importCsv(
                "patent-event",
                csv(EVENT_HEADER, List.of(a + ",2020-06-02,授权,,,,,", a + ",2022-03-01,专利权的转移," + holder + ",,,,")));
        assertThat(n(events, "rowsInserted")).isEqualTo(2);
        // the new holder is not a party yet: kept, flagged for review
        assertThat(transfer(a))
                .containsEntry("holder_attribution", "UNATTRIBUTED")
                .containsEntry("import_job_id", n(events, "jobId"));

        // the party arrives (张店区 370303 from its address): the transfer is attributed by the party job
        String partyFile = csv(PARTY_HEADER, List.of(holder + ",,企业,山东省淄博市张店区人民西路1号,,CN"));
        var parties = importCsv("party", partyFile);
        assertThat(n(parties, "rowsInserted")).isEqualTo(1);
        assertThat(transfer(a))
                .containsEntry("holder_jurisdiction_code", "370303")
                .containsEntry("holder_attribution", "ADDRESS")
                .containsEntry("import_job_id", n(parties, "jobId"));

        // the same party file again changes nothing, the transfer included
        var again = importCsv("party", partyFile);
        assertThat(n(again, "rowsUnchanged")).isEqualTo(1);
        assertThat(transfer(a)).containsEntry("import_job_id", n(parties, "jobId"));

        // a party of the same name with a credit code (烟台 芝罘区 370602) is preferred over the one without:
        // the transfer moves to it, marked with that job
        String uscc = ImportFixtures.uscc("91370602MA3C" + String.format("%05d", suffix()));
        var withCode = importCsv("party", csv(PARTY_HEADER, List.of(holder + "," + uscc + ",企业,山东省烟台市芝罘区南大街1号,,CN")));
        assertThat(n(withCode, "rowsInserted")).isEqualTo(1);
        assertThat(transfer(a))
                .containsEntry("holder_jurisdiction_code", "370602")
                .containsEntry("import_job_id", n(withCode, "jobId"));
    }

    private static int suffix() {
        return ThreadLocalRandom.current().nextInt(10_000, 100_000);
    }

    private long jobOf(String table, String applicationNumber) {
        return jdbc.sql("select import_job_id from " + table + " where application_number = ?")
                .param(applicationNumber)
                .query(Long.class)
                .single();
    }

    private Map<String, Object> transfer(String applicationNumber) {
        return jdbc.sql(
                        """
                        select trim(holder_jurisdiction_code) as holder_jurisdiction_code, holder_attribution,
                               import_job_id
                          from patent_event where application_number = ? and code = 'TRANSFER'""")
                .param(applicationNumber)
                .query()
                .singleRow();
    }
}
