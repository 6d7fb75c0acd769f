package cn.ipcity.metrics;

import cn.ipcity.program.Program;
import cn.ipcity.program.loading.ProgramFileReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** The shipped program files read without a Spring context, for unit tests on real indicators. */
final class SeedPrograms {

    private SeedPrograms() {}

    static Program load(String code) {
        ProgramFileReader.Context context = new ProgramFileReader.Context(
                j -> true, measureCodes(), source -> Optional.of(resource("programs/sources/" + source)));
        return ProgramFileReader.read(code + ".yml", resource("programs/" + code + ".yml"), context);
    }

    @SuppressWarnings("unchecked")
    private static Set<String> measureCodes() {
        List<Map<String, Object>> rows =
                new Yaml(new SafeConstructor(new LoaderOptions())).load(resource("measures/catalogue.yml"));
        return rows.stream().map(r -> (String) r.get("code")).collect(Collectors.toSet());
    }

    static String resource(String path) {
        try (InputStream in = SeedPrograms.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("no resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
