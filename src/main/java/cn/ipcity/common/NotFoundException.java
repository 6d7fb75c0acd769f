package cn.ipcity.common;

/** A request named something that does not exist; the API answers 404 and names it. */
public class NotFoundException extends RuntimeException {

    private final String kind;
    private final String key;

    public NotFoundException(String kind, String key) {
        super("未找到" + kindZh(kind) + " / unknown " + kind + ": '" + key + "'");
        this.kind = kind;
        this.key = key;
    }

    private static String kindZh(String kind) {
        return switch (kind) {
            case "program" -> "工作方案";
            case "jurisdiction" -> "行政区划";
            case "user" -> "用户";
            case "measure" -> "计算口径";
            case "indicator" -> "指标";
            case "reported value" -> "填报值";
            default -> "";
        };
    }

    public String kind() {
        return kind;
    }

    public String key() {
        return key;
    }
}
