package cn.ipcity.metrics.highvalue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class AwardsTest {

    static final LocalDate FILED = LocalDate.of(2012, 6, 1);

    @Test
    void chineseSessionNumbers() {
        assertThat(Awards.number("十")).isEqualTo(10);
        assertThat(Awards.number("二十")).isEqualTo(20);
        assertThat(Awards.number("二十三")).isEqualTo(23);
        assertThat(Awards.number("十五")).isEqualTo(15);
        assertThat(Awards.number("26")).isEqualTo(26);
        assertThat(Awards.number("x")).isEqualTo(-1);
    }

    @Test
    void kindsYearsAndDates() {
        Awards.Check gold = Awards.check("第二十三届中国专利金奖", FILED);
        assertThat(gold.kind()).isEqualTo(Awards.Kind.CHINA_PATENT_AWARD);
        assertThat(gold.year()).isEqualTo(2022);
        assertThat(gold.countsFrom()).isEqualTo("2022-12-31");
        // the 22nd session (2021) is the first whose year is used
        assertThat(Awards.check("第二十二届中国专利优秀奖", FILED).year()).isEqualTo(2021);
        Awards.Check old = Awards.check("第二十一届中国专利银奖", FILED);
        assertThat(old.year()).isNull();
        assertThat(old.countsFrom()).isEqualTo(FILED);
        assertThat(Awards.check("中国专利奖", FILED).kind()).isEqualTo(Awards.Kind.CHINA_PATENT_AWARD);
        Awards.Check national = Awards.check("2023年度国家科学技术进步奖一等奖", FILED);
        assertThat(national.kind()).isEqualTo(Awards.Kind.NATIONAL_SCIENCE_AWARD);
        assertThat(national.year()).isEqualTo(2024);
        assertThat(Awards.check("2021年国家自然科学奖二等奖", FILED).year()).isEqualTo(2021);
        assertThat(Awards.check("中华人民共和国国际科学技术合作奖", FILED).kind()).isEqualTo(Awards.Kind.NATIONAL_SCIENCE_AWARD);
        assertThat(Awards.check("山东省科学技术最高奖", FILED).kind()).isEqualTo(Awards.Kind.NOT_QUALIFYING);
        assertThat(Awards.check("山东省专利奖", FILED).countsFrom()).isNull();
        // never before filing (a data error would otherwise date it before the patent existed)
        assertThat(Awards.check("第二十二届中国专利金奖", LocalDate.of(2023, 1, 1)).countsFrom())
                .isEqualTo("2023-01-01");
    }
}
