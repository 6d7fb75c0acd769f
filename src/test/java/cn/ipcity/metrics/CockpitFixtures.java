package cn.ipcity.metrics;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Data the cockpit tests share: an approved score of 88 for 威海's 知识产权保护社会满意度 (target ≥ 85分) in 2024,
 * stored by SQL as {@code ProgramProgressTest} does. No other test uses this indicator; both cockpit tests store
 * the same row, so whichever runs first wins and the other's insert does nothing.
 */
final class CockpitFixtures {

    static final String PROGRAM = "weihai-2024";
    static final String SATISFACTION = "protection-satisfaction";

    private CockpitFixtures() {}

    static void approvedSatisfaction2024(JdbcClient jdbc) {
        long unitId = jdbc.sql("select min(id) from government_unit where jurisdiction_code = '371000'")
                .query(Long.class)
                .single();
        jdbc.sql(
                        """
                        insert into reported_value (program_code, indicator_code, year, value_base, unit, evidence, state,
                            unit_id, reported_by)
                        values (?, ?, 2024, 88, '分', '2024年度满意度调查报告（测试）', 'APPROVED', ?, 'test')
                        on conflict do nothing""")
                .params(PROGRAM, SATISFACTION, unitId)
                .update();
    }
}
