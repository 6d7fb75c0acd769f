package cn.ipcity.registry;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Attributes a Chinese address or division code to a county-level jurisdiction: the province by its name or
 * short name at the start, then the city named in the rest, then the longest county name in that city;
 * historical names and codes (文登市 / 371081 → 文登区 371003) through the renames table. Pure and
 * thread-safe once built; {@link Attributions} builds it from the division table.
 */
public final class AddressAttributor {

    /** A division row: 6-digit code, name, level (PROVINCE, CITY, COUNTY) and parent code. */
    public record Division(String code, String name, String level, String parentCode) {

        /** 山东省 → 山东, 威海市 → 威海, 延边朝鲜族自治州 stays (only the listed suffixes are dropped). */
        String shortName() {
            return AddressAttributor.shortName(name);
        }
    }

    /** A county-level name and code that no longer exist and the county that took them over. */
    public record Rename(String oldCode, String oldName, String newCode) {}

    private static final List<String> NOT_DOMESTIC_PREFIXES = List.of(
            "香港", "澳门", "澳門", "台湾", "台灣", "中国香港", "中国澳门", "中国台湾", "美国", "日本", "韩国", "德国", "英国", "法国", "瑞士", "瑞典", "荷兰",
            "意大利", "加拿大", "澳大利亚", "新加坡", "芬兰", "丹麦", "比利时", "奥地利", "以色列", "印度", "俄罗斯", "西班牙", "挪威", "爱尔兰", "卢森堡",
            "开曼群岛", "英属维尔京群岛", "新西兰", "巴西", "墨西哥", "马来西亚", "泰国", "越南", "沙特阿拉伯", "阿联酋", "南非");

    private final Map<String, Division> byCode = new HashMap<>();
    private final Map<String, List<Division>> children = new HashMap<>();
    private final List<Division> provinces = new ArrayList<>();
    private final List<Division> cities = new ArrayList<>();
    private final List<Division> counties = new ArrayList<>();
    private final Map<String, String> renamedCodes = new HashMap<>();
    private final List<Rename> renames;
    private final Map<String, String> shortNames = new HashMap<>();
    private final Map<String, Attribution> cache =
            java.util.Collections.synchronizedMap(new java.util.LinkedHashMap<>(4096, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Attribution> eldest) {
                    return size() > 20_000;
                }
            });

    public AddressAttributor(List<Division> divisions, List<Rename> renames) {
        for (Division d : divisions) {
            byCode.put(d.code(), d);
            shortNames.put(d.code(), shortName(d.name()));
            if (d.parentCode() != null) {
                children.computeIfAbsent(d.parentCode(), k -> new ArrayList<>()).add(d);
            }
            switch (d.level()) {
                case "PROVINCE" -> provinces.add(d);
                case "CITY" -> cities.add(d);
                default -> counties.add(d);
            }
        }
        this.renames = List.copyOf(renames);
        for (Rename r : renames) {
            renamedCodes.put(r.oldCode(), r.newCode());
        }
    }

    /** The current 6-digit code for a well-formed code (2, 4 or 6 digits), following renames; empty if unknown. */
    public Optional<String> resolveCode(String code) {
        String c = code == null ? "" : code.trim();
        if (!c.matches("\\d{2}|\\d{4}|\\d{6}")) {
            return Optional.empty();
        }
        c = (c + "0000").substring(0, 6);
        c = renamedCodes.getOrDefault(c, c);
        return byCode.containsKey(c) ? Optional.of(c) : Optional.empty();
    }

    /**
     * Attribution from an explicit code when given (must be known, see {@link #resolveCode}), else from the
     * address. {@code country} is CN, HK, MO, TW or an ISO code; empty means unknown (the address decides).
     */
    public Attribution attribute(String explicitCode, String address, String country) {
        String cc = country == null ? "" : country.trim().toUpperCase();
        if (!cc.isEmpty() && !cc.equals("CN") && !cc.equals("CHN")) {
            return Attribution.foreign();
        }
        if (explicitCode != null && !explicitCode.isBlank()) {
            Optional<String> code = resolveCode(explicitCode);
            if (code.isPresent()) {
                return new Attribution(code.get(), Attribution.Kind.EXPLICIT, true);
            }
        }
        return fromAddress(address);
    }

    /** Attribution of an address by names; results are cached (exports repeat their holders' addresses). */
    public Attribution fromAddress(String rawAddress) {
        if (rawAddress == null || rawAddress.isBlank()) {
            return Attribution.unattributed();
        }
        Attribution cached = cache.get(rawAddress);
        if (cached == null) {
            cached = attributeAddress(rawAddress);
            cache.put(rawAddress, cached);
        }
        return cached;
    }

    private Attribution attributeAddress(String rawAddress) {
        String address = rawAddress.replace(" ", "").replace("\u3000", "");
        for (String prefix : List.of("中华人民共和国", "中国")) {
            if (address.startsWith(prefix) && !isNotDomestic(address)) {
                address = address.substring(prefix.length());
            }
        }
        if (isNotDomestic(address)) {
            return Attribution.foreign();
        }
        Division province = null;
        int rest = 0;
        for (Division p : provinces) {
            for (String name : List.of(p.name(), shortNames.get(p.code()))) {
                if (name.length() >= 2 && address.startsWith(name) && (province == null || name.length() > rest)) {
                    province = p;
                    rest = name.length();
                }
            }
        }
        String remainder = address.substring(rest);
        List<Division> cityCandidates = province == null ? cities : children.getOrDefault(province.code(), List.of());
        Match city = bestMatch(remainder, cityCandidates, true, shortNames);
        List<Division> countyCandidates;
        if (city != null) {
            countyCandidates = children.getOrDefault(city.division().code(), List.of());
        } else if (province != null) {
            countyCandidates = countiesUnder(province.code());
        } else {
            countyCandidates = counties;
        }
        Match county = bestMatch(remainder, countyCandidates, false, shortNames);
        if (county != null && !county.ambiguous()) {
            return new Attribution(county.division().code(), Attribution.Kind.ADDRESS, true);
        }
        Optional<String> renamed = renamedCounty(remainder, city != null ? city.division() : province);
        if (renamed.isPresent()) {
            return new Attribution(renamed.get(), Attribution.Kind.ADDRESS, true);
        }
        if (city != null && !city.ambiguous()) {
            List<Division> kids = children.getOrDefault(city.division().code(), List.of());
            if (kids.isEmpty()) { // 东莞, 中山, 儋州: the city is its own county level
                return new Attribution(city.division().code(), Attribution.Kind.ADDRESS, true);
            }
            return new Attribution(city.division().code(), Attribution.Kind.CITY_ONLY, true);
        }
        return Attribution.unattributed();
    }

    public static boolean isNotDomestic(String address) {
        String a = address == null ? "" : address.trim();
        return NOT_DOMESTIC_PREFIXES.stream().anyMatch(a::startsWith);
    }

    private Optional<String> renamedCounty(String text, Division within) {
        return renames.stream()
                .filter(r -> text.contains(r.oldName()))
                .filter(r -> within == null || r.newCode().startsWith(significant(within.code())))
                .max(Comparator.comparingInt(r -> r.oldName().length()))
                .map(Rename::newCode);
    }

    private List<Division> countiesUnder(String provinceCode) {
        List<Division> result = new ArrayList<>();
        for (Division city : children.getOrDefault(provinceCode, List.of())) {
            result.addAll(children.getOrDefault(city.code(), List.of()));
        }
        return result;
    }

    private record Match(Division division, int length, boolean ambiguous) {}

    /** The longest name found in {@code text}; ambiguous when another division has a name as long. */
    private static Match bestMatch(
            String text, List<Division> candidates, boolean allowShort, Map<String, String> shortNames) {
        Match best = null;
        for (Division d : candidates) {
            if (d.name().equals("市辖区") || d.name().equals("县") || d.name().equals("省直辖县级行政区划")) {
                continue;
            }
            int length = 0;
            if (text.contains(d.name())) {
                length = d.name().length();
            } else if (allowShort) {
                String s = shortNames.get(d.code());
                if (s.length() >= 2 && containsShort(text, s)) {
                    length = s.length();
                }
            }
            if (length == 0) {
                continue;
            }
            if (best == null || length > best.length()) {
                best = new Match(d, length, false);
            } else if (length == best.length() && !best.division().code().equals(d.code())) {
                best = new Match(best.division(), length, true);
            }
        }
        return best;
    }

    /** A short city name counts unless it is the start of a county name (朝阳区 is not 朝阳市). */
    private static boolean containsShort(String text, String shortName) {
        for (int i = text.indexOf(shortName); i >= 0; i = text.indexOf(shortName, i + 1)) {
            int next = i + shortName.length();
            if (next >= text.length() || "区县旗".indexOf(text.charAt(next)) < 0) {
                return true;
            }
        }
        return false;
    }

    private static String significant(String code) {
        if (code.endsWith("0000")) {
            return code.substring(0, 2);
        }
        return code.endsWith("00") ? code.substring(0, 4) : code;
    }

    static String shortName(String name) {
        for (String suffix : List.of("维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "特别行政区", "自治州", "地区", "省", "市", "盟")) {
            if (name.endsWith(suffix) && name.length() > suffix.length() + 1) {
                return name.substring(0, name.length() - suffix.length());
            }
        }
        return name;
    }
}
