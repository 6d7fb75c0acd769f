package cn.ipcity.generator;

import java.io.IOException;
import java.util.SplittableRandom;
import java.util.function.Predicate;

/** Writes one data set: every city of the scope in a fixed order from one seeded random source. */
public final class DataGenerator {

    public GenerationSummary generate(GeneratorOptions options) throws IOException {
        return generate(options, city -> true);
    }

    /** Only the cities accepted by {@code cities} (the others are skipped, not generated: tests of one city). */
    GenerationSummary generate(GeneratorOptions options, Predicate<String> cities) throws IOException {
        long start = System.nanoTime();
        ReferenceData ref = ReferenceData.get();
        Volumes volumes = new Volumes(ref);
        SplittableRandom random = new SplittableRandom(options.seed());
        Codes codes = new Codes(options.seed());
        Names names = new Names(random, options.seed());
        Output out = new Output(options.out(), options.encoding(), options.xlsx());
        try (out) {
            for (Scope.CityPlan plan : Scope.plan(ref, options.scale())) {
                if (cities.test(plan.cityCode())) {
                    new CityGenerator(ref, out, codes, names, random, volumes, plan).run();
                }
            }
        }
        return new GenerationSummary(out.rows(), (System.nanoTime() - start) / 1_000_000);
    }
}
