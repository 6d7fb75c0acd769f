package cn.ipcity.registry.importing;

import cn.ipcity.common.InvalidInputException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Reads a mapping profile from YAML and refuses anything the importer could not honour: an unknown record
 * type or field, a required field left unmapped, a value mapped to a code the field does not accept, a date
 * pattern that does not compile. Every refusal is a 400 naming the offending key.
 *
 * <pre>
 * name: cn-patent-export
 * type: patent
 * description: 商业专利数据库导出
 * columns: {申请号: applicationNumber, 申请日: filingDate, ...}
 * optionalColumns: [摘要]
 * dateFormats: [uuuu-M-d, uuuuMMdd]        # optional; default: 2023-02-03, 2023/2/3, 2023.02.03, 20230203
 * separators: [";", "；", "|"]             # optional
 * values: {type: {发明: INVENTION, 实用新型: UTILITY_MODEL}}
 * </pre>
 */
public final class ProfileParser {

    private static final Set<String> KEYS =
            Set.of("name", "type", "description", "columns", "optionalColumns", "dateFormats", "separators", "values");

    private ProfileParser() {}

    public static ImportProfile parse(String yamlText) {
        Object root;
        try {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).load(yamlText);
        } catch (RuntimeException e) {
            throw new InvalidInputException("profile", "YAML 无法解析 / not valid YAML: " + firstLine(e.getMessage()));
        }
        if (!(root instanceof Map<?, ?> map)) {
            throw new InvalidInputException("profile", "配置须为YAML映射 / a profile is a YAML mapping");
        }
        for (Object key : map.keySet()) {
            if (!KEYS.contains(String.valueOf(key))) {
                throw new InvalidInputException(
                        String.valueOf(key), "未知的配置项 / unknown profile key '" + key + "'; allowed: " + KEYS);
            }
        }
        String name = text(map, "name");
        if (name == null || !name.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,63}")) {
            throw new InvalidInputException(
                    "name", "配置名称须为字母、数字、.-_ / name: letters, digits, '.', '-', '_' (at most 64): " + name);
        }
        String typeCode = text(map, "type");
        RecordType type = RecordType.fromCode(typeCode == null ? "" : typeCode)
                .orElseThrow(() -> new InvalidInputException(
                        "type",
                        "未知的记录类型 / unknown record type '" + typeCode + "'; known: "
                                + java.util.Arrays.stream(RecordType.values())
                                        .map(RecordType::code)
                                        .toList()));
        Map<String, String> columns = new LinkedHashMap<>();
        Object cols = map.get("columns");
        if (!(cols instanceof Map<?, ?> colMap) || colMap.isEmpty()) {
            throw new InvalidInputException("columns", "须列出 列名: 字段 / columns must map column names to fields");
        }
        for (Map.Entry<?, ?> e : colMap.entrySet()) {
            String column = String.valueOf(e.getKey()).trim();
            String field = String.valueOf(e.getValue()).trim();
            if (!type.fields().containsKey(field)) {
                throw new InvalidInputException(
                        "columns." + column,
                        "字段不存在 / field '" + field + "' does not exist in " + type.code() + "; fields: "
                                + type.fields().keySet());
            }
            if (columns.containsValue(field)) {
                throw new InvalidInputException(
                        "columns." + column, "字段被映射了两次 / field '" + field + "' is mapped twice");
            }
            columns.put(column, field);
        }
        for (RecordType.Field f : type.fields().values()) {
            if (f.required() && !columns.containsValue(f.name())) {
                throw new InvalidInputException(
                        "columns", "必填字段未映射 / required field '" + f.name() + "' is not mapped to a column");
            }
        }
        Set<String> optional = new LinkedHashSet<>(strings(map, "optionalColumns", List.of()));
        for (String column : optional) {
            if (!columns.containsKey(column)) {
                throw new InvalidInputException(
                        "optionalColumns", "可缺列不在 columns 中 / optional column '" + column + "' is not mapped");
            }
            if (type.fields().get(columns.get(column)).required()) {
                throw new InvalidInputException(
                        "optionalColumns", "必填字段的列不能缺 / column '" + column + "' feeds a required field");
            }
        }
        List<String> dateFormats = strings(map, "dateFormats", ImportProfile.DEFAULT_DATE_FORMATS);
        for (String pattern : dateFormats) {
            try {
                DateTimeFormatter.ofPattern(pattern);
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("dateFormats", "日期格式无效 / bad date pattern '" + pattern + "'");
            }
        }
        List<String> separators = strings(map, "separators", ImportProfile.DEFAULT_SEPARATORS);
        Map<String, Map<String, String>> values = new LinkedHashMap<>();
        Object vals = map.get("values");
        if (vals != null) {
            if (!(vals instanceof Map<?, ?> valMap)) {
                throw new InvalidInputException("values", "须为 字段: {原值: 代码} / values: field → {word: code}");
            }
            for (Map.Entry<?, ?> e : valMap.entrySet()) {
                String field = String.valueOf(e.getKey());
                RecordType.Field f = type.fields().get(field);
                if (f == null) {
                    throw new InvalidInputException(
                            "values." + field, "字段不存在 / field '" + field + "' does not exist in " + type.code());
                }
                if (!(e.getValue() instanceof Map<?, ?> words)) {
                    throw new InvalidInputException("values." + field, "须为 {原值: 代码} / must map words to codes");
                }
                Map<String, String> mapping = new LinkedHashMap<>();
                for (Map.Entry<?, ?> w : words.entrySet()) {
                    String code = String.valueOf(w.getValue());
                    if (!f.values().isEmpty() && !f.values().contains(code)) {
                        throw new InvalidInputException(
                                "values." + field,
                                "代码无效 / '" + code + "' is not a code of " + field + "; codes: " + f.values());
                    }
                    mapping.put(String.valueOf(w.getKey()).trim(), code);
                }
                values.put(field, mapping);
            }
        }
        return new ImportProfile(
                name, type, text(map, "description"), columns, optional, dateFormats, separators, values);
    }

    private static String text(Map<?, ?> map, String key) {
        Object v = map.get(key);
        return v == null ? null : String.valueOf(v).trim();
    }

    private static List<String> strings(Map<?, ?> map, String key, List<String> fallback) {
        Object v = map.get(key);
        if (v == null) {
            return fallback;
        }
        if (!(v instanceof List<?> list) || list.isEmpty()) {
            throw new InvalidInputException(key, "须为非空列表 / must be a non-empty list");
        }
        List<String> result = new ArrayList<>();
        list.forEach(o -> result.add(String.valueOf(o)));
        return result;
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }
}
