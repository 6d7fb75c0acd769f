package cn.ipcity.registry;

import cn.ipcity.common.ChineseCodes;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** Builds import files in the formats of docs/import-formats.md, with valid and deliberately bad values. */
final class ImportFixtures {

    static final String PATENT_HEADER = "申请号,申请日,专利类型,发明名称,摘要,公开（公告）号,公开（公告）日,授权公告号,授权公告日,IPC主分类号,IPC分类号,"
            + "申请（专利权）人,当前权利人,发明人,申请人地址,法律状态,简单同族,同族ID,获奖";
    static final String EVENT_HEADER = "申请号,法律状态公告日,法律状态,变更后权利人,许可类型,被许可人,质押金额（元）,质权人";
    static final String PARTY_HEADER = "名称,统一社会信用代码,主体类型,地址,区划代码,国别";
    static final String TRADEMARK_HEADER =
            "注册号,国际分类,商标名称,注册人,注册人地址,商标类型,地理标志,申请日期,注册公告日期,专用权期限至,续展日期,商标状态,状态日期," + "驰名商标认定日期,马德里国际注册号";

    private static final AtomicInteger SERIAL = new AtomicInteger(100_000);

    private ImportFixtures() {}

    /** A fresh valid application number, e.g. 202110123456.7 (type digit 1 invention, 2 utility, 3 design). */
    static String applicationNumber(int year, int typeDigit) {
        String body = year + "" + typeDigit + String.format("%07d", SERIAL.incrementAndGet());
        return body + "." + ChineseCodes.applicationCheckDigit(body);
    }

    /** The same number with a wrong check digit. */
    static String wrongCheckDigit(String number) {
        char right = number.charAt(number.length() - 1);
        char wrong = right == '1' ? '2' : '1';
        return number.substring(0, number.length() - 1) + wrong;
    }

    static String patentRow(
            String number, String filed, String type, String title, String ipcMain, String applicant, String address) {
        return String.join(
                ",",
                number,
                filed,
                type,
                title,
                "一种装置的摘要",
                "CN1" + number.substring(5, 11) + "A",
                filed,
                "",
                "",
                ipcMain,
                ipcMain + ";G06F 16/29",
                applicant,
                applicant,
                "张伟;李娜",
                address,
                "审中",
                "US11234567B2(授权);EP3456789A1(审中)",
                "F" + number.substring(0, 12),
                "");
    }

    static String csv(String header, List<String> rows) {
        return header + "\n" + String.join("\n", rows) + "\n";
    }

    /** A valid unified social credit code built from a 17-character body. */
    static String uscc(String first17) {
        return first17 + ChineseCodes.usccCheckCharacter(first17);
    }
}
