package cn.ipcity.metrics;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The strategic-emerging-industry concordance in use.
 *
 * @param table Spring resource location of the CSV (same columns as the shipped one); a corrected table is loaded
 *     by pointing this at it, and its content hash becomes part of the version every result carries
 * @param provenance where the table comes from, shown with every result
 * @param keywordMode how keyword phrases take part in a match
 * @param mainSymbolOnly match the first (main) IPC symbol only instead of all symbols of the patent
 */
@ConfigurationProperties("ipcity.sei")
public record SeiProperties(
        @DefaultValue("classpath:reference/sei-ipc-concordance-2021.csv") String table,
        @DefaultValue(
                        "战略性新兴产业分类与国际专利分类参照关系表（2021）（试行）, third-party transcription (vvangpc/pr-re), UNVERIFIED against the official PDF")
                String provenance,
        @DefaultValue("KEYWORD_RULES") KeywordMode keywordMode,
        @DefaultValue("false") boolean mainSymbolOnly) {}
