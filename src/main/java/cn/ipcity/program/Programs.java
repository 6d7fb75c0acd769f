package cn.ipcity.program;

import cn.ipcity.common.JurisdictionCodes;
import cn.ipcity.common.NotFoundException;
import cn.ipcity.jurisdiction.Jurisdictions;
import cn.ipcity.program.loading.MeasureCatalogReader;
import cn.ipcity.program.loading.ProgramFileReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Service;

/**
 * The work programs, read from {@code classpath:programs/*.yml} (and the optional configured folder) and
 * validated once at start-up: any invalid file stops the application with its file, line and reason.
 */
@Service
@DependsOnDatabaseInitialization
public class Programs {

    private static final Logger log = LoggerFactory.getLogger(Programs.class);
    private static final String MEASURE_CATALOGUE = "measures/catalogue.yml";

    private final Map<String, Program> byCode;
    private final Map<String, String> sources;
    private final Map<String, Measure> measures;

    Programs(Jurisdictions jurisdictions, ProgramProperties properties) {
        long t0 = System.nanoTime();
        this.measures = loadMeasures();
        PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
        List<Resource> files = new ArrayList<>(resources(resolver, "classpath:programs/*.yml"));
        if (properties.directory() != null && !properties.directory().isBlank()) {
            files.addAll(resources(resolver, "file:" + properties.directory().replaceAll("/+$", "") + "/*.yml"));
        }
        files.sort(Comparator.comparing(Resource::getFilename));
        List<ProgramFileError> errors = new ArrayList<>();
        Map<String, Program> loaded = new LinkedHashMap<>();
        Map<String, String> texts = new HashMap<>();
        for (Resource file : files) {
            String name = file.getFilename();
            Map<String, String> readForFile = new HashMap<>();
            ProgramFileReader.Context context = new ProgramFileReader.Context(
                    jurisdictions::exists, measures.keySet(), source -> readSource(file, source)
                            .map(text -> {
                                readForFile.put(source, text);
                                return text;
                            }));
            try {
                Program program = ProgramFileReader.read(name, read(file), context);
                if (loaded.containsKey(program.code())) {
                    errors.add(new ProgramFileError(name, 1, "duplicate program code '" + program.code() + "'"));
                    continue;
                }
                loaded.put(program.code(), program);
                texts.put(program.code(), readForFile.get(program.sourceFile()));
            } catch (ProgramValidationException e) {
                errors.addAll(e.errors());
            }
        }
        if (!errors.isEmpty()) {
            throw new ProgramValidationException(errors);
        }
        this.byCode = Map.copyOf(loaded);
        this.sources = Map.copyOf(texts);
        log.info("Loaded {} work programs in {} ms", loaded.size(), (System.nanoTime() - t0) / 1_000_000);
    }

    public List<Program> all() {
        return byCode.values().stream()
                .sorted(Comparator.comparing(Program::periodStart).reversed().thenComparing(Program::code))
                .toList();
    }

    public Optional<Program> find(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    public Program get(String code) {
        return find(code).orElseThrow(() -> new NotFoundException("program", code));
    }

    /** Programs governing the jurisdiction itself (not those of the areas inside it). */
    public List<Program> ofJurisdiction(String jurisdictionCode) {
        String code = JurisdictionCodes.normalize(jurisdictionCode);
        return all().stream().filter(p -> p.jurisdictionCode().equals(code)).toList();
    }

    /** The full text of the government document the program was encoded from. */
    public String sourceText(String code) {
        get(code);
        return sources.get(code);
    }

    public Map<String, Measure> measures() {
        return measures;
    }

    private static List<Resource> resources(PathMatchingResourcePatternResolver resolver, String pattern) {
        try {
            return Arrays.asList(resolver.getResources(pattern));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list program files " + pattern, e);
        }
    }

    private static Optional<String> readSource(Resource programFile, String sourceName) {
        if (sourceName == null || sourceName.contains("..") || sourceName.contains("/")) {
            return Optional.empty();
        }
        try {
            Resource source = programFile.createRelative("sources/" + sourceName);
            return source.exists() ? Optional.of(read(source)) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static String read(Resource resource) {
        try (InputStream in = resource.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource.getDescription(), e);
        }
    }

    private static Map<String, Measure> loadMeasures() {
        Resource resource = new PathMatchingResourcePatternResolver().getResource("classpath:" + MEASURE_CATALOGUE);
        return MeasureCatalogReader.read(MEASURE_CATALOGUE, read(resource));
    }
}
