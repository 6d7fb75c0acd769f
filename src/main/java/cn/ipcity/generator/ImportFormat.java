package cn.ipcity.generator;

import java.util.List;

/** The files the generator writes: type name (as in docs/import-formats.md) and the exact header. */
enum ImportFormat {
    PARTY("party", "名称", "统一社会信用代码", "主体类型", "地址", "区划代码", "国别"),
    PATENT(
            "patent",
            "申请号",
            "申请日",
            "专利类型",
            "发明名称",
            "摘要",
            "公开（公告）号",
            "公开（公告）日",
            "授权公告号",
            "授权公告日",
            "IPC主分类号",
            "IPC分类号",
            "申请（专利权）人",
            "当前权利人",
            "发明人",
            "申请人地址",
            "法律状态",
            "简单同族",
            "同族ID",
            "获奖"),
    PATENT_EVENT("patent-event", "申请号", "法律状态公告日", "法律状态", "变更后权利人", "许可类型", "被许可人", "质押金额（元）", "质权人"),
    TRADEMARK(
            "trademark",
            "注册号",
            "国际分类",
            "商标名称",
            "注册人",
            "注册人地址",
            "商标类型",
            "地理标志",
            "申请日期",
            "注册公告日期",
            "专用权期限至",
            "续展日期",
            "商标状态",
            "状态日期",
            "驰名商标认定日期",
            "马德里国际注册号"),
    COPYRIGHT("copyright", "登记号", "作品名称", "作品类别", "登记日期", "著作权人", "著作权人地址", "区划代码"),
    GI_PRODUCT("gi-product", "批准公告号", "产品名称", "批准日期", "保护范围区划代码"),
    GI_MARK_USER("gi-mark-user", "产品名称", "统一社会信用代码", "企业名称", "核准日期"),
    PLANT_VARIETY("plant-variety", "品种权号", "品种名称", "植物种类", "授权日", "品种权人", "地址"),
    IC_LAYOUT("ic-layout", "登记号", "布图设计名称", "申请日", "公告日", "权利人", "地址"),
    DESIGNATION("designation", "统一社会信用代码", "企业名称", "认定类型", "认定日期", "有效期至", "区划代码"),
    PLEDGE_CONTRACT("pledge-contract", "合同编号", "出质人", "质权人", "登记日期", "融资金额（万元）", "质押物"),
    TECH_CONTRACT("tech-contract", "合同登记号", "登记日期", "卖方", "买方", "成交额（万元）", "涉及专利", "区划代码");

    private final String type;
    private final List<String> header;

    ImportFormat(String type, String... header) {
        this.type = type;
        this.header = List.of(header);
    }

    /** The import type, which is also the file’s base name: {@code patent-event.csv}. */
    String type() {
        return type;
    }

    List<String> header() {
        return header;
    }
}
