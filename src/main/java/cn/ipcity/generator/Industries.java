package cn.ipcity.generator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/** City profiles: industry mix, universities and institutes, banks, GI products; and the wording of titles. */
final class Industries {

    private Industries() {}

    private static final Map<String, Map<Industry, Double>> CITY_MIX = Map.of(
            // 威海: medical devices, printers and peripherals, tyres, marine/fishing, textiles
            "3710",
            mix(
                    Industry.MEDICAL,
                    0.17,
                    Industry.PRINTER,
                    0.10,
                    Industry.TYRE,
                    0.08,
                    Industry.MARINE,
                    0.14,
                    Industry.TEXTILE,
                    0.08,
                    Industry.MACHINERY,
                    0.14,
                    Industry.ELECTRONICS,
                    0.10,
                    Industry.MARINE_BIO,
                    0.06,
                    Industry.AGRICULTURE,
                    0.05,
                    Industry.MATERIALS,
                    0.04,
                    Industry.AUTOMOTIVE,
                    0.04),
            // 烟台: chemicals (万华), automobiles, gold mining, wine, marine biology
            "3706",
            mix(
                    Industry.CHEMICAL,
                    0.15,
                    Industry.AUTOMOTIVE,
                    0.14,
                    Industry.MINING,
                    0.08,
                    Industry.WINE,
                    0.05,
                    Industry.MARINE_BIO,
                    0.07,
                    Industry.MACHINERY,
                    0.14,
                    Industry.ELECTRONICS,
                    0.12,
                    Industry.AGRICULTURE,
                    0.08,
                    Industry.MATERIALS,
                    0.06,
                    Industry.MEDICAL,
                    0.05,
                    Industry.PHARMA,
                    0.06),
            // 淄博: chemicals, ceramics, pharmaceuticals, new materials
            "3703",
            mix(
                    Industry.CHEMICAL,
                    0.22,
                    Industry.CERAMICS,
                    0.12,
                    Industry.PHARMA,
                    0.12,
                    Industry.MATERIALS,
                    0.16,
                    Industry.MACHINERY,
                    0.16,
                    Industry.ELECTRONICS,
                    0.08,
                    Industry.AUTOMOTIVE,
                    0.05,
                    Industry.TEXTILE,
                    0.04,
                    Industry.AGRICULTURE,
                    0.05));

    private static final Map<Industry, Double> DEFAULT_MIX = mix(
            Industry.MACHINERY,
            0.20,
            Industry.ELECTRONICS,
            0.18,
            Industry.CHEMICAL,
            0.10,
            Industry.AGRICULTURE,
            0.10,
            Industry.MATERIALS,
            0.08,
            Industry.MEDICAL,
            0.06,
            Industry.AUTOMOTIVE,
            0.08,
            Industry.TEXTILE,
            0.06,
            Industry.PHARMA,
            0.06,
            Industry.MARINE,
            0.03,
            Industry.CERAMICS,
            0.02,
            Industry.TYRE,
            0.01,
            Industry.PRINTER,
            0.01,
            Industry.MARINE_BIO,
            0.01);

    private static Map<Industry, Double> mix(Object... pairs) {
        Map<Industry, Double> m = new EnumMap<>(Industry.class);
        for (int i = 0; i < pairs.length; i += 2) {
            m.put((Industry) pairs[i], (Double) pairs[i + 1]);
        }
        return m;
    }

    static double[] weights(String cityCode) {
        Map<Industry, Double> m = CITY_MIX.getOrDefault(cityCode, DEFAULT_MIX);
        double[] w = new double[Industry.values().length];
        for (Industry i : Industry.values()) {
            w[i.ordinal()] = m.getOrDefault(i, 0.0);
        }
        return w;
    }

    static String[] banks(String cityCode, String cityShort) {
        List<String> banks = new ArrayList<>();
        for (String bank : new String[] {"中国工商银行", "中国农业银行", "中国银行", "中国建设银行", "交通银行", "中国邮政储蓄银行", "兴业银行", "招商银行"}) {
            banks.add(bank + "股份有限公司" + cityShort + "分行");
        }
        switch (cityCode) {
            case "3710" -> banks.add("威海市商业银行股份有限公司");
            case "3706" -> banks.add("烟台银行股份有限公司");
            case "3703" -> banks.add("齐商银行股份有限公司");
            default -> {}
        }
        return banks.toArray(String[]::new);
    }

    record Anchor(String name, Party.Kind kind, String areaCode, String address, double weight, Industry industry) {}

    /** Universities and institutes; cities without a listed one get a vocational college and an agricultural institute. */
    static List<Anchor> anchors(String cityCode, String cityShort, String firstArea) {
        return switch (cityCode) {
            case "3710" ->
                List.of(
                        new Anchor(
                                "山东大学（威海）",
                                Party.Kind.UNIVERSITY,
                                "371002",
                                "山东省威海市环翠区文化西路180号",
                                1.0,
                                Industry.ELECTRONICS),
                        new Anchor(
                                "哈尔滨工业大学（威海）",
                                Party.Kind.UNIVERSITY,
                                "371002",
                                "山东省威海市环翠区文化西路2号",
                                1.0,
                                Industry.MATERIALS),
                        new Anchor("威海海洋职业学院", Party.Kind.UNIVERSITY, "371082", null, 0.15, Industry.MARINE),
                        new Anchor("威海市农业科学研究院", Party.Kind.INSTITUTE, "371003", null, 1.0, Industry.AGRICULTURE));
            case "3706" ->
                List.of(
                        new Anchor("烟台大学", Party.Kind.UNIVERSITY, "370613", "山东省烟台市莱山区清泉路30号", 1.0, Industry.CHEMICAL),
                        new Anchor(
                                "鲁东大学",
                                Party.Kind.UNIVERSITY,
                                "370602",
                                "山东省烟台市芝罘区红旗中路186号",
                                0.6,
                                Industry.AGRICULTURE),
                        new Anchor("滨州医学院", Party.Kind.UNIVERSITY, "370613", "山东省烟台市莱山区观海路346号", 0.3, Industry.MEDICAL),
                        new Anchor(
                                "中国科学院烟台海岸带研究所",
                                Party.Kind.INSTITUTE,
                                "370613",
                                "山东省烟台市莱山区春晖路17号",
                                1.0,
                                Industry.MARINE_BIO),
                        new Anchor("烟台市农业科学研究院", Party.Kind.INSTITUTE, "370611", null, 0.5, Industry.AGRICULTURE));
            case "3703" ->
                List.of(
                        new Anchor(
                                "山东理工大学",
                                Party.Kind.UNIVERSITY,
                                "370303",
                                "山东省淄博市张店区新村西路266号",
                                1.0,
                                Industry.MATERIALS),
                        new Anchor("淄博职业学院", Party.Kind.UNIVERSITY, "370303", null, 0.2, Industry.MACHINERY),
                        new Anchor("淄博市农业科学研究院", Party.Kind.INSTITUTE, "370303", null, 1.0, Industry.AGRICULTURE));
            default ->
                List.of(
                        new Anchor(
                                cityShort + "职业技术学院", Party.Kind.UNIVERSITY, firstArea, null, 1.0, Industry.MACHINERY),
                        new Anchor(
                                cityShort + "市农业科学研究院",
                                Party.Kind.INSTITUTE,
                                firstArea,
                                null,
                                1.0,
                                Industry.AGRICULTURE));
        };
    }

    record Gi(String product, LocalDate approved, String areas, int niceClass) {}

    static List<Gi> gis(ReferenceData.City city, String cityShort, SplittableRandom random) {
        return switch (city.code()) {
            case "3710" ->
                List.of(
                        new Gi("文登西洋参", LocalDate.of(2009, 11, 25), "371003", 31),
                        new Gi("乳山牡蛎", LocalDate.of(2012, 4, 10), "371083", 31),
                        new Gi("威海刺参", LocalDate.of(2010, 12, 14), "371002;371003;371082;371083", 31),
                        new Gi("荣成海带", LocalDate.of(2014, 6, 20), "371082", 31));
            case "3706" ->
                List.of(
                        new Gi(
                                "烟台苹果",
                                LocalDate.of(2008, 8, 1),
                                "370611;370612;370681;370682;370683;370685;370686;370687",
                                31),
                        new Gi("烟台葡萄酒", LocalDate.of(2005, 12, 30), "370602;370611;370612;370613;370614;370681", 33),
                        new Gi("莱阳梨", LocalDate.of(2006, 6, 15), "370682", 31),
                        new Gi("龙口粉丝", LocalDate.of(2006, 9, 20), "370681;370685", 30),
                        new Gi("福山大樱桃", LocalDate.of(2013, 3, 12), "370611", 31),
                        new Gi("栖霞苹果", LocalDate.of(2011, 10, 18), "370686", 31));
            case "3703" ->
                List.of(
                        new Gi("淄博陶瓷", LocalDate.of(2016, 12, 1), "370302;370303;370304;370305;370306", 21),
                        new Gi("博山琉璃", LocalDate.of(2015, 5, 8), "370304", 21),
                        new Gi("沂源苹果", LocalDate.of(2009, 10, 28), "370323", 31),
                        new Gi("周村烧饼", LocalDate.of(2012, 2, 20), "370306", 30),
                        new Gi("高青黑牛", LocalDate.of(2014, 9, 16), "370322", 31));
            default -> {
                String[] products = {"苹果", "大樱桃", "花生", "西瓜", "大葱", "小米", "茶叶", "蜜桃", "大枣", "山药"};
                List<Gi> list = new ArrayList<>();
                int n = 1 + random.nextInt(2);
                for (int i = 0; i < n; i++) {
                    ReferenceData.Area area =
                            city.areas().get(random.nextInt(city.areas().size()));
                    String product = Names.shortName(area.name()) + products[random.nextInt(products.length)];
                    if (list.stream().noneMatch(g -> g.product().equals(product))) {
                        list.add(new Gi(
                                product,
                                LocalDate.of(2008 + random.nextInt(15), 1 + random.nextInt(12), 1 + random.nextInt(28)),
                                area.code(),
                                31));
                    }
                }
                yield list;
            }
        };
    }

    static int plantVarieties(String cityCode) {
        return switch (cityCode) {
            case "3706" -> 40;
            case "3710" -> 10;
            case "3703" -> 12;
            default -> 6;
        };
    }

    static int layoutDesigns(String cityCode) {
        return switch (cityCode) {
            case "3710" -> 25;
            case "3706" -> 30;
            case "3703" -> 15;
            default -> 10;
        };
    }

    record Designation(String label, int minPatents, double share, int since, int years) {}

    /** Designations, the portfolio they need, how common they are among such enterprises, since when they exist. */
    static final List<Designation> DESIGNATIONS = List.of(
            new Designation("高新技术企业", 3, 0.45, 2008, 3),
            new Designation("专精特新中小企业", 3, 0.12, 2022, 3),
            new Designation("专精特新\"小巨人\"企业", 15, 0.06, 2019, 3),
            new Designation("国家知识产权示范企业", 150, 0.25, 2013, 3),
            new Designation("国家知识产权优势企业", 60, 0.25, 2013, 3),
            new Designation("省级知识产权示范企业", 40, 0.20, 2015, 3),
            new Designation("省级知识产权优势企业", 15, 0.15, 2015, 3),
            new Designation("市级知识产权优势企业", 8, 0.12, 2016, 3),
            new Designation("知识产权管理体系认证(GB/T 29490)", 10, 0.15, 2014, 3));

    private static final String[] ADJECTIVES = {"", "", "", "高效", "节能", "智能", "环保", "新型", "多功能", "自动"};
    private static final String[] INVENTION_SUFFIXES = {"", "及其制备方法", "的制备方法", "及其控制方法", "的检测方法", "及系统", "的加工工艺"};
    private static final String[] UTILITY_SUFFIXES = {"", "", "", "结构", "的固定装置", "的连接结构", "的防护罩"};
    private static final String[] PARTS = {"壳体", "控制单元", "支撑架", "传动机构", "检测模块", "密封组件", "加热单元", "连接件", "驱动电机", "导向槽"};
    private static final String[] EFFECTS = {"提高了生产效率", "降低了能耗", "结构简单、成本低", "使用寿命长", "检测精度高", "便于安装和维护", "安全可靠"};

    static String title(SplittableRandom random, Lifecycle.Type type, String product) {
        return switch (type) {
            case INVENTION -> "一种" + pick(random, ADJECTIVES) + product + pick(random, INVENTION_SUFFIXES);
            case UTILITY -> "一种" + pick(random, ADJECTIVES) + product + pick(random, UTILITY_SUFFIXES);
            case DESIGN -> product + "（" + (char) ('A' + random.nextInt(8)) + (1 + random.nextInt(20)) + "）";
        };
    }

    static String abstractText(SplittableRandom random, Lifecycle.Type type, String title, String product) {
        if (type == Lifecycle.Type.DESIGN) {
            return random.nextDouble() < 0.6 ? "" : "本外观设计产品的名称为" + title + "，用于" + product + "，设计要点在于形状。";
        }
        String who = type == Lifecycle.Type.INVENTION ? "本发明" : "本实用新型";
        int a = random.nextInt(PARTS.length);
        int b = (a + 1 + random.nextInt(PARTS.length - 1)) % PARTS.length;
        return who + "公开了" + title + "，包括" + PARTS[a] + "和" + PARTS[b] + "，" + pick(random, EFFECTS) + "。";
    }

    private static final String[] SOFTWARE = {"生产管理", "设备监控", "数据采集", "质量追溯", "仓储管理", "远程运维", "智能调度", "能耗分析"};

    static String softwareName(SplittableRandom random, Industry industry) {
        return industry.products()[random.nextInt(industry.products().length)] + pick(random, SOFTWARE) + "系统V"
                + (1 + random.nextInt(5)) + ".0";
    }

    record Work(String title, String category, char letter) {}

    private static final String[] MOTIFS = {"海韵", "仙境", "渔家", "齐风", "鲁韵", "春晓", "山海", "福瑞", "琴岛", "樱桃红"};

    /** Categories and the letter of the registration number (A 文字, F 美术, G 摄影, I 视听, L 其他). */
    static Work work(SplittableRandom random) {
        String motif = pick(random, MOTIFS);
        double r = random.nextDouble();
        if (r < 0.45) {
            return new Work(motif + pick(random, new String[] {"吉祥物形象", "标志设计", "系列插画", "文创图案"}), "美术", 'F');
        }
        if (r < 0.75) {
            return new Work(motif + pick(random, new String[] {"风光摄影作品", "海岸摄影", "民俗摄影"}), "摄影", 'G');
        }
        if (r < 0.90) {
            return new Work(motif + pick(random, new String[] {"导游词", "散文集", "童话故事"}), "文字", 'A');
        }
        if (r < 0.95) {
            return new Work(motif + "宣传片", "视听", 'I');
        }
        return new Work(motif + "立体模型", "其他", 'L');
    }

    static String chineseNumber(int n) {
        String[] digits = {"", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
        if (n < 10) {
            return digits[n];
        }
        String tens = n / 10 == 1 ? "十" : digits[n / 10] + "十";
        return tens + digits[n % 10];
    }

    private static String pick(SplittableRandom random, String[] values) {
        return values[random.nextInt(values.length)];
    }
}
