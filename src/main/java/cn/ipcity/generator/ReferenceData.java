package cn.ipcity.generator;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** Divisions and IPC main groups read from {@code reference/} on the classpath. */
final class ReferenceData {

    record Area(String code, String name, String cityCode, String provinceCode) {}

    record City(String code, String name, String provinceCode, List<Area> areas) {}

    private final Map<String, String> provinces = new LinkedHashMap<>();
    private final Map<String, City> cities = new LinkedHashMap<>();
    private final Map<String, Area> areas = new HashMap<>();
    private final Map<String, List<String>> mainGroups = new HashMap<>();
    private final Map<String, Long> population = new HashMap<>();

    private static ReferenceData instance;

    static synchronized ReferenceData get() {
        if (instance == null) {
            instance = new ReferenceData();
        }
        return instance;
    }

    private ReferenceData() {
        for (CSVRecord r : read("reference/divisions/provinces.csv")) {
            provinces.put(r.get("code"), r.get("name"));
        }
        for (CSVRecord r : read("reference/divisions/cities.csv")) {
            cities.put(r.get("code"), new City(r.get("code"), r.get("name"), r.get("provinceCode"), new ArrayList<>()));
        }
        for (CSVRecord r : read("reference/divisions/areas.csv")) {
            Area area = new Area(r.get("code"), r.get("name"), r.get("cityCode"), r.get("provinceCode"));
            areas.put(area.code(), area);
            City city = cities.get(area.cityCode());
            if (city != null) {
                city.areas().add(area);
            }
        }
        // the latest year of each jurisdiction (rows are in year order)
        for (CSVRecord r : read("reference/population.csv")) {
            population.put(r.get("jurisdiction_code"), Long.parseLong(r.get("resident_population")));
        }
        for (CSVRecord r : read("reference/ipc-subclasses-zh.csv")) {
            if ("maingroup".equals(r.get("level"))) {
                String code = r.get("code");
                mainGroups
                        .computeIfAbsent(code.substring(0, 4), k -> new ArrayList<>())
                        .add(code);
            }
        }
    }

    private static List<CSVRecord> read(String resource) {
        InputStream in = ReferenceData.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing classpath resource " + resource);
        }
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return CSVFormat.RFC4180
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(reader)
                    .getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Latest resident population of a province or city in reference/population.csv. */
    long population(String code) {
        Long p = population.get(code);
        if (p == null) {
            throw new IllegalStateException("no population for " + code + " in reference/population.csv");
        }
        return p;
    }

    String provinceName(String code) {
        return provinces.get(code);
    }

    Map<String, String> provinces() {
        return Collections.unmodifiableMap(provinces);
    }

    City city(String code) {
        return cities.get(code);
    }

    List<City> citiesOf(String provinceCode) {
        return cities.values().stream()
                .filter(c -> c.provinceCode().equals(provinceCode) && !c.areas().isEmpty())
                .toList();
    }

    Area area(String code) {
        return areas.get(code);
    }

    /** Real IPC main groups of a subclass, e.g. {@code A61B} → {@code A61B1/00, A61B3/00, …}. */
    List<String> mainGroups(String subclass) {
        List<String> groups = mainGroups.get(subclass);
        if (groups == null || groups.isEmpty()) {
            throw new IllegalStateException("no IPC main groups for subclass " + subclass);
        }
        return groups;
    }

    /**
     * The province part and city part of an address: municipalities (北京市, 上海市 …) have a city row named
     * 市辖区 in the statistical codes, which never appears in an address.
     */
    String addressPrefix(Area area) {
        String province = provinces.get(area.provinceCode());
        City city = cities.get(area.cityCode());
        String cityName = city == null ? "" : city.name();
        if (cityName.equals("市辖区")
                || cityName.equals("县")
                || cityName.equals("省直辖县级行政区划")
                || cityName.equals("自治区直辖县级行政区划")) {
            cityName = "";
        }
        return province + cityName;
    }
}
