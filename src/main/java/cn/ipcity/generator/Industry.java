package cn.ipcity.generator;

/**
 * Industries that drive the IPC, Locarno and Nice classes of a holder’s rights and the words of its name and
 * titles. The subclasses are real IPC subclasses; main groups come from the reference table.
 */
enum Industry {
    MEDICAL(
            new String[] {"医疗器械", "医用制品", "生物医疗"},
            new String[] {"A61B", "A61M", "A61F", "A61L", "A61J", "A61G", "A61N"},
            new String[] {"A61J", "A61H", "B65D"},
            new String[] {"24-01", "24-02", "24-04"},
            new int[] {10, 5, 44},
            new String[] {"输液器", "注射器", "血液透析器", "留置针", "导管", "手术吻合器", "医用敷料", "骨科植入物", "采血管", "护理床"}),
    PRINTER(
            new String[] {"打印设备", "电子科技", "办公设备"},
            new String[] {"B41J", "G06F", "G06K", "B65H", "G03G"},
            new String[] {"B65H", "B26D", "G09F", "F16M"},
            new String[] {"18-02", "14-02", "14-03"},
            new int[] {9, 16, 42},
            new String[] {"热敏打印机", "打印头", "标签打印机", "扫描仪", "走纸机构", "票据打印机", "碳带传动机构", "数据终端"}),
    TYRE(
            new String[] {"轮胎", "橡胶制品", "橡胶科技"},
            new String[] {"B60C", "B29D", "C08L", "C08K", "B29C"},
            new String[] {"B60C", "B29D", "B29C"},
            new String[] {"12-15"},
            new int[] {12, 17},
            new String[] {"子午线轮胎", "胎面胶", "轮胎成型机", "胎圈结构", "硫化模具", "橡胶组合物"}),
    MARINE(
            new String[] {"海洋渔业", "水产食品", "海洋科技", "渔具"},
            new String[] {"A01K", "B63B", "A23L", "A22C", "B63H"},
            new String[] {"B63H", "B65D", "A47J", "F26B", "A23P"},
            new String[] {"22-05", "12-06", "01-01"},
            new int[] {29, 31, 28},
            new String[] {"深海网箱", "海参加工机", "钓竿", "渔船", "养殖平台", "海带烘干机", "鱼饵", "贝类清洗机"}),
    TEXTILE(
            new String[] {"纺织", "服饰", "家纺"},
            new String[] {"D01F", "D03D", "D04B", "D06P", "A41D", "A41B"},
            new String[] {"D03D", "D04B", "D06P", "A41D", "A41B", "D06F"},
            new String[] {"02-02", "05-05", "06-13"},
            new int[] {24, 25, 23},
            new String[] {"功能性面料", "纺纱机", "针织机", "印染机", "防寒服", "家纺面料"}),
    CHEMICAL(
            new String[] {"化工", "化学", "新材料科技"},
            new String[] {"C07C", "C08G", "C08L", "C09D", "C09J", "B01J", "C01B"},
            new String[] {"B65D", "C11D", "B05B", "F16L"},
            new String[] {"09-01", "09-03"},
            new int[] {1, 2, 4},
            new String[] {"聚氨酯", "异氰酸酯", "催化剂", "涂料组合物", "胶粘剂", "环氧树脂", "聚合反应釜", "精馏塔"}),
    AUTOMOTIVE(
            new String[] {"汽车零部件", "汽车", "车辆装备"},
            new String[] {"B60R", "B62D", "B60K", "F16H", "F02M", "B60L", "H01M"},
            new String[] {"B60R", "B62D", "F02M", "B60N", "F16F", "F16B"},
            new String[] {"12-08", "12-16"},
            new int[] {12, 7, 37},
            new String[] {"制动器", "变速箱", "车身结构", "燃油喷射器", "电池包", "转向器", "座椅调节机构"}),
    MINING(
            new String[] {"黄金矿业", "矿业", "冶金"},
            new String[] {"C22B", "E21B", "E21D", "B03D", "B02C"},
            new String[] {"E21D", "B03D", "B08B", "E02F"},
            new String[] {"15-99"},
            new int[] {6, 14, 37},
            new String[] {"浸出槽", "浮选药剂", "凿岩机", "矿石破碎机", "尾矿处理设备", "井下支架"}),
    WINE(
            new String[] {"葡萄酒", "酒业", "酿酒"},
            new String[] {"C12G", "C12H", "B65D", "A23L"},
            new String[] {"C12G", "C12H", "B65D", "A47J"},
            new String[] {"09-01", "07-01"},
            new int[] {33, 32},
            new String[] {"葡萄酒", "发酵罐", "酒瓶", "橡木桶", "酿酒设备", "起泡酒"}),
    MARINE_BIO(
            new String[] {"海洋生物", "生物科技", "海洋生物科技"},
            new String[] {"A61K", "C12N", "C12P", "A23K", "A23L"},
            new String[] {"C12P", "A23P", "B65D"},
            new String[] {"09-01", "28-01"},
            new int[] {5, 29, 3},
            new String[] {"海藻多糖", "海参肽", "鱼油", "壳聚糖", "益生菌", "海洋酶制剂"}),
    CERAMICS(
            new String[] {"陶瓷", "陶瓷科技", "琉璃"},
            new String[] {"C04B", "B28B", "F27B", "C03C"},
            new String[] {"F27B", "B05B", "B08B", "B26D"},
            new String[] {"07-01", "11-01", "25-01"},
            new int[] {21, 19, 11},
            new String[] {"陶瓷釉料", "耐火材料", "窑炉", "陶瓷膜", "日用瓷", "琉璃制品"}),
    PHARMA(
            new String[] {"制药", "药业", "医药"},
            new String[] {"A61K", "A61P", "C07D", "C07K", "A61J"},
            new String[] {"A61J", "B65D", "F26B"},
            new String[] {"09-01", "24-02"},
            new int[] {5, 35},
            new String[] {"片剂", "注射液", "中药组合物", "原料药", "缓释胶囊", "药物晶型"}),
    MATERIALS(
            new String[] {"新材料", "材料科技", "高分子材料"},
            new String[] {"C08J", "C04B", "C22C", "C23C", "B32B", "H01M"},
            new String[] {"B29C", "B05B", "F16L", "B21B"},
            new String[] {"25-01", "23-02"},
            new int[] {1, 17, 40},
            new String[] {"复合材料", "氟材料", "碳纤维", "涂层", "合金", "隔膜"}),
    MACHINERY(
            new String[] {"机械", "机械制造", "装备", "重工"},
            new String[] {"B23K", "B23P", "B21D", "F16K", "B65G", "B66C", "F04B", "B23Q"},
            new String[] {"F16K", "B23P", "B21D", "B23Q", "F16B", "B26D"},
            new String[] {"15-99", "08-05", "13-03"},
            new int[] {7, 8, 6},
            new String[] {"数控机床", "焊接机器人", "输送机", "阀门", "液压泵", "起重机", "夹具"}),
    ELECTRONICS(
            new String[] {"信息技术", "电子", "软件", "智能科技"},
            new String[] {"H04L", "H04W", "G06F", "G06N", "H10D", "G06Q", "G01N"},
            new String[] {"H10D", "G09F", "F16M"},
            new String[] {"14-03", "14-02", "13-03"},
            new int[] {9, 42, 38},
            new String[] {"数据采集终端", "通信模块", "传感器", "控制器", "检测仪", "芯片封装结构", "图像识别设备"}),
    AGRICULTURE(
            new String[] {"农业科技", "食品", "果业"},
            new String[] {"A01G", "A23L", "A01D", "A23N", "A01B"},
            new String[] {"A23N", "A23P", "A47J", "F26B", "B65D"},
            new String[] {"01-01", "09-03", "15-03"},
            new int[] {31, 29, 30},
            new String[] {"果树修剪机", "花生收获机", "苹果分选装置", "食品加工设备", "温室大棚", "育苗盘"});

    private final String[] trades;
    private final String[] ipcSubclasses;
    private final String[] generalSubclasses;
    private final String[] locarno;
    private final int[] nice;
    private final String[] products;

    Industry(
            String[] trades,
            String[] ipcSubclasses,
            String[] generalSubclasses,
            String[] locarno,
            int[] nice,
            String[] products) {
        this.trades = trades;
        this.ipcSubclasses = ipcSubclasses;
        this.generalSubclasses = generalSubclasses;
        this.locarno = locarno;
        this.nice = nice;
        this.products = products;
    }

    String[] trades() {
        return trades;
    }

    String[] ipcSubclasses() {
        return ipcSubclasses;
    }

    /** Subclasses of the same trade outside the strategic emerging industries (packaging, parts, processing). */
    String[] generalSubclasses() {
        return generalSubclasses;
    }

    String[] locarno() {
        return locarno;
    }

    int[] nice() {
        return nice;
    }

    String[] products() {
        return products;
    }
}
