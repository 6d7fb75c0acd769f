package cn.ipcity.generator;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/** Chinese person and company names, street addresses that belong to a county-level unit, foreign holders. */
final class Names {

    private static final String[] SURNAMES = {
        "王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "胡", "朱", "高", "林", "何", "郭", "马", "罗",
        "梁", "宋", "郑", "谢", "韩", "唐", "冯", "于", "董", "萧", "程", "曹", "袁", "邓", "许", "傅", "沈", "曾", "彭", "吕",
        "苏", "卢", "蒋", "蔡", "贾", "丁", "魏", "薛", "叶", "阎", "姜", "毕", "宫", "丛", "鞠", "曲", "隋", "初", "慕", "欧阳"
    };
    // cumulative-ish weights: the first surnames are far more frequent (王, 李, 张 ≈ 7% each)
    private static final double[] SURNAME_WEIGHTS = new double[SURNAMES.length];

    private static final String GIVEN =
            "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍鹏辉建国红志新海波宁晓东文斌凯浩宇博晨阳雪梅琳峰亮健飞云鑫淑珍立成德" + "思佳欣怡子涵梓轩浩然一诺雨桐昊天嘉怡俊杰瑞泽永庆振宏国栋春生金山学良玉洁晓燕";

    private static final String BRAND_CHARS =
            "华东泰和宏达金海润鑫源恒信兴盛隆昌瑞祥康利通安平远鸿运嘉禾天成中富荣丰宝泽新元裕光明亿科创智联拓铭合诚圣威盾" + "鲁齐岳泉蓝瀚星辰晟浩博宇捷迈锐尚佳众汇益德正道璟顺凯越广汉永腾飞龙凤曜云福禄寿喜乐";

    private static final String[] STREETS = {
        "人民路", "建设路", "解放路", "中山路", "新华路", "工业路", "科技路", "黄河路", "长江路", "胜利路", "文化路", "和平路",
        "振兴路", "开发路", "创业路", "青年路", "北京路", "上海路", "泰山路", "滨海路", "学府路", "幸福街", "府前街", "光明街"
    };
    private static final Map<String, String[]> CITY_STREETS = Map.of(
            "3710", new String[] {"文化西路", "世昌大道", "青岛中路", "统一路", "海滨北路", "新威路", "昆明路", "火炬路", "沈阳路", "威海路"},
            "3706", new String[] {"南大街", "长江路", "观海路", "港城东大街", "红旗中路", "迎春大街", "青年南路", "芝罘路", "莱山路", "金沙江路"},
            "3703", new String[] {"柳泉路", "人民西路", "共青团路", "华光路", "北京路", "联通路", "新村西路", "中润大道", "鲁泰大道", "西六路"});

    private static final Map<String, String> HISTORICAL = Map.of("371003", "文登市", "370614", "蓬莱市");

    private final SplittableRandom random;
    private final Map<String, Integer> tradeNameCounters = new HashMap<>();
    private final int salt;

    static {
        for (int i = 0; i < SURNAMES.length; i++) {
            SURNAME_WEIGHTS[i] = 1.0 / Math.pow(i + 1, 0.9);
        }
    }

    Names(SplittableRandom random, long seed) {
        this.random = random;
        this.salt = (int) Math.floorMod(seed * 31 + 7, 22_201L);
    }

    String person() {
        String surname = SURNAMES[pickWeighted(SURNAME_WEIGHTS)];
        StringBuilder b = new StringBuilder(surname);
        b.append(GIVEN.charAt(random.nextInt(GIVEN.length())));
        if (random.nextDouble() < 0.7) {
            b.append(GIVEN.charAt(random.nextInt(GIVEN.length())));
        }
        return b.toString();
    }

    String inventors(int count) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                b.append(';');
            }
            b.append(person());
        }
        return b.toString();
    }

    private int pickWeighted(double[] weights) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double x = random.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            x -= weights[i];
            if (x < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    /** The short form used in names: 威海市 → 威海, 环翠区 → 环翠, 荣成市 → 荣成; development zones → the city. */
    static String shortName(String name) {
        if (name.length() > 2 && (name.endsWith("市") || name.endsWith("区") || name.endsWith("县"))) {
            return name.substring(0, name.length() - 1);
        }
        return name;
    }

    /**
     * A trade name (字号) unique within its region word: the n-th trade name of a region is the n-th pair of
     * characters in a fixed permutation (then triples), so names never repeat and the party key stays unique.
     */
    String tradeName(String region) {
        int n = tradeNameCounters.merge(region, 1, Integer::sum) - 1;
        int base = BRAND_CHARS.length();
        int pairs = base * base;
        if (n < pairs) {
            int k = Math.floorMod(n * 7919 + salt + region.hashCode(), pairs);
            return "" + BRAND_CHARS.charAt(k / base) + BRAND_CHARS.charAt(k % base);
        }
        int m = n - pairs;
        return "" + BRAND_CHARS.charAt(m / pairs % base) + BRAND_CHARS.charAt(m / base % base)
                + BRAND_CHARS.charAt(m % base);
    }

    String company(String region, Industry industry, boolean large) {
        String trade = industry.trades()[random.nextInt(industry.trades().length)];
        String suffix;
        double r = random.nextDouble();
        if (large) {
            suffix = r < 0.45 ? "股份有限公司" : r < 0.75 ? "集团有限公司" : "有限公司";
        } else {
            suffix = r < 0.78 ? "有限公司" : r < 0.9 ? "有限责任公司" : "股份有限公司";
        }
        return region + tradeName(region) + trade + suffix;
    }

    String brand(String companyName, String region) {
        double r = random.nextDouble();
        if (r < 0.45 && companyName.startsWith(region) && companyName.length() >= region.length() + 2) {
            return companyName.substring(region.length(), region.length() + 2);
        }
        if (r < 0.75) {
            return "" + BRAND_CHARS.charAt(random.nextInt(BRAND_CHARS.length()))
                    + BRAND_CHARS.charAt(random.nextInt(BRAND_CHARS.length()));
        }
        String[] syllables = {
            "VE", "KA", "LU", "MO", "RI", "TA", "NO", "SEN", "DA", "XIN", "HAI", "BO", "TEK", "ZEN", "LI"
        };
        return syllables[random.nextInt(syllables.length)]
                + syllables[random.nextInt(syllables.length)]
                + (random.nextDouble() < 0.5 ? syllables[random.nextInt(syllables.length)] : "");
    }

    /**
     * An address in the county-level unit: province + city + county + street, sometimes without the province, a
     * few with a historical county name (文登市) and a few without the county part (those carry an explicit code).
     */
    Address address(ReferenceData ref, ReferenceData.Area area, double historicalShare, double noCountyShare) {
        String street = street(area.cityCode());
        String number = (1 + random.nextInt(399)) + "号";
        String prefix = ref.addressPrefix(area);
        double r = random.nextDouble();
        if (r < noCountyShare) {
            return new Address(prefix + street + number, false);
        }
        String county = area.name();
        if (r < noCountyShare + historicalShare && HISTORICAL.containsKey(area.code())) {
            county = HISTORICAL.get(area.code());
        }
        if (random.nextDouble() < 0.15 && prefix.length() > 3) {
            prefix = prefix.substring(ref.provinceName(area.provinceCode()).length());
        }
        String rural = "";
        if ((county.endsWith("县") || county.endsWith("市")) && random.nextDouble() < 0.3) {
            rural = BRAND_CHARS.charAt(random.nextInt(BRAND_CHARS.length())) + "家镇";
        }
        return new Address(prefix + county + rural + street + number, true);
    }

    record Address(String text, boolean hasCounty) {}

    private String street(String cityCode) {
        String[] local = CITY_STREETS.get(cityCode);
        if (local != null && random.nextDouble() < 0.6) {
            return local[random.nextInt(local.length)];
        }
        return STREETS[random.nextInt(STREETS.length)];
    }

    private static final List<String[]> FOREIGN = List.of(
            new String[] {"US", "美国加利福尼亚州圣何塞市北第一街", " Technologies, Inc."},
            new String[] {"US", "美国马萨诸塞州波士顿市大西洋大道", " Medical Corporation"},
            new String[] {"JP", "日本国东京都港区芝浦", "株式会社"},
            new String[] {"JP", "日本国大阪府大阪市中央区", "工业株式会社"},
            new String[] {"KR", "韩国首尔特别市江南区", "电子株式会社"},
            new String[] {"DE", "德国巴伐利亚州慕尼黑市", " GmbH"},
            new String[] {"HK", "香港九龙尖沙咀广东道", "（香港）有限公司"},
            new String[] {"TW", "台湾省新北市新庄区", "股份有限公司"},
            new String[] {"MO", "澳门特别行政区宋玉生广场", "（澳门）有限公司"});

    private static final String[] LATIN = {"Apex", "Nordic", "Bluewave", "Orion", "Helix", "Vertex", "Summit", "Polaris"
    };

    Party foreign(Industry industry) {
        String[] f = FOREIGN.get(random.nextInt(FOREIGN.size()));
        String name;
        if (f[2].startsWith(" ")) {
            name = LATIN[random.nextInt(LATIN.length)] + latinSuffix() + f[2];
        } else {
            name = tradeName("@" + f[0]) + f[2];
        }
        String address = f[1] + (1 + random.nextInt(500)) + "号";
        return new Party(name, "", Party.Kind.ENTERPRISE, address, "", "", f[0], industry);
    }

    private int latinCounter;

    private String latinSuffix() {
        return " " + (char) ('A' + (latinCounter % 26)) + (latinCounter++ / 26 + 1);
    }
}
