package cn.ipcity.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Built from the same reference CSVs the division table is loaded from (V2__load_divisions). */
class AddressAttributorTest {

    static AddressAttributor attributor;
    static Set<String> areaCodes = new HashSet<>();

    @BeforeAll
    static void load() throws Exception {
        List<AddressAttributor.Division> divisions = new ArrayList<>();
        for (CSVRecord r : read("provinces.csv")) {
            divisions.add(new AddressAttributor.Division(r.get("code") + "0000", r.get("name"), "PROVINCE", null));
        }
        for (CSVRecord r : read("cities.csv")) {
            divisions.add(new AddressAttributor.Division(
                    r.get("code") + "00", r.get("name"), "CITY", r.get("provinceCode") + "0000"));
        }
        for (CSVRecord r : read("areas.csv")) {
            divisions.add(
                    new AddressAttributor.Division(r.get("code"), r.get("name"), "COUNTY", r.get("cityCode") + "00"));
            areaCodes.add(r.get("code"));
        }
        attributor = new AddressAttributor(divisions, Attributions.loadRenames());
    }

    private static List<CSVRecord> read(String file) throws Exception {
        try (var reader = new InputStreamReader(
                AddressAttributorTest.class.getResourceAsStream("/reference/divisions/" + file),
                StandardCharsets.UTF_8)) {
            return CSVFormat.DEFAULT
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(reader)
                    .getRecords();
        }
    }

    @ParameterizedTest
    @CsvSource({
        "山东省威海市环翠区文化西路180号, 371002",
        "威海市环翠区文化西路180号, 371002",
        "山东省文登市米山路1号, 371003", // historical name, 文登市 became 文登区 in 2014
        "山东省威海市文登区米山路1号, 371003",
        "山东省淄博市张店区人民西路1号, 370303",
        "山东省烟台市芝罘区南大街1号, 370602",
        "山东省蓬莱市钟楼北路1号, 370614", // 蓬莱市 → 蓬莱区 (2020)
        "山东省即墨市鹤山路1号, 370215",
        "北京市海淀区中关村大街1号, 110108",
        "广东省深圳市南山区科技园, 440305",
        "中国山东省济南市历下区经十路1号, 370102",
        "广东省东莞市松山湖, 441900" // a city without counties is its own county level
    })
    void attributesAddresses(String address, String code) {
        Attribution a = attributor.fromAddress(address);
        assertThat(a.jurisdictionCode()).isEqualTo(code);
        assertThat(a.kind()).isEqualTo(Attribution.Kind.ADDRESS);
        assertThat(a.domestic()).isTrue();
    }

    @Test
    void historicalCodesAreFollowed() {
        assertThat(attributor.resolveCode("371081")).contains("371003");
        assertThat(attributor.resolveCode("3710")).contains("371000");
        assertThat(attributor.resolveCode("999999")).isEmpty();
        Attribution explicit = attributor.attribute("371081", "somewhere", "CN");
        assertThat(explicit.jurisdictionCode()).isEqualTo("371003");
        assertThat(explicit.kind()).isEqualTo(Attribution.Kind.EXPLICIT);
    }

    @Test
    void everyRenameTargetExists() {
        for (AddressAttributor.Rename r : Attributions.loadRenames()) {
            assertThat(areaCodes).as(r.oldName()).contains(r.newCode());
            assertThat(areaCodes).as(r.oldName() + " must no longer exist").doesNotContain(r.oldCode());
        }
    }

    @Test
    void cityOnlyAndUnattributableAreFlaggedNotDropped() {
        Attribution city = attributor.fromAddress("山东省威海市某某路1号");
        assertThat(city.kind()).isEqualTo(Attribution.Kind.CITY_ONLY);
        assertThat(city.jurisdictionCode()).isEqualTo("371000");
        assertThat(city.needsReview()).isTrue();
        Attribution none = attributor.fromAddress("某某工业园3号楼");
        assertThat(none.kind()).isEqualTo(Attribution.Kind.UNATTRIBUTED);
        assertThat(none.domestic()).isTrue();
        // 朝阳区 exists in Beijing and in Changchun: without a city it is ambiguous
        assertThat(attributor.fromAddress("朝阳区某某路1号").kind()).isEqualTo(Attribution.Kind.UNATTRIBUTED);
    }

    @Test
    void hongKongMacaoTaiwanAndAbroadAreNotDomestic() {
        for (String address : List.of("香港九龙尖沙咀1号", "台湾新竹市科学园区", "澳门氹仔", "美国加利福尼亚州圣何塞")) {
            Attribution a = attributor.fromAddress(address);
            assertThat(a.kind()).as(address).isEqualTo(Attribution.Kind.FOREIGN);
            assertThat(a.domestic()).isFalse();
        }
        assertThat(attributor.attribute(null, "山东省威海市环翠区", "JP").domestic()).isFalse();
    }
}
