package cn.ipcity.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A generated patent's title names a product of its main class (IPC subclass, or Locarno class for designs). */
class ClassProductsTest {

    @TempDir
    Path temp;

    @Test
    void everyClassAnIndustryFilesInHasProducts() {
        for (Industry industry : Industry.values()) {
            Stream.of(industry.ipcSubclasses(), industry.generalSubclasses(), industry.locarno())
                    .flatMap(Arrays::stream)
                    .forEach(c -> assertThat(ClassProducts.of(c))
                            .as(industry + " " + c)
                            .isNotNull()
                            .isNotEmpty());
        }
        // a full symbol is looked up by its subclass
        assertThat(ClassProducts.of("A01K 61/00")).contains("钓竿");
        assertThat(ClassProducts.of("A23L 33/10")).doesNotContain("钓竿");
        assertThat(ClassProducts.of("22-05")).contains("钓竿");
        assertThat(ClassProducts.of("Z99Z 1/00")).isNull();
    }

    @Test
    void titlesNameAProductOfTheMainClass() throws IOException {
        new DataGenerator()
                .generate(new GeneratorOptions(0.02, 7, temp, StandardCharsets.UTF_8, false), c -> c.equals("3710"));
        long[] patents = new long[1];
        Set<String> classes = new HashSet<>();
        GeneratedFiles.each(temp, "patent", r -> {
            patents[0]++;
            String main = r.get("IPC主分类号");
            String title = r.get("发明名称");
            classes.add(ClassProducts.of(main) == null ? main : main.substring(0, Math.min(4, main.length())));
            assertThat(ClassProducts.of(main)).as(main).isNotNull();
            assertThat(Arrays.stream(ClassProducts.of(main)).anyMatch(title::contains))
                    .as("%s: %s", main, title)
                    .isTrue();
        });
        // 威海 at 2%: a few thousand patents over many classes
        assertThat(patents[0]).isGreaterThan(500);
        assertThat(classes.size()).isGreaterThan(30);
    }
}
