package cn.ipcity.registry.importing;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The bounded pool import jobs run on: a few workers and a short queue; beyond it a submission is refused. */
@Configuration
@EnableConfigurationProperties(ImportProperties.class)
class ImportExecutorConfiguration {

    @Bean(destroyMethod = "shutdown")
    ThreadPoolExecutor importExecutor(ImportProperties properties) {
        AtomicInteger n = new AtomicInteger();
        return new ThreadPoolExecutor(
                properties.workers(),
                properties.workers(),
                1,
                TimeUnit.MINUTES,
                new ArrayBlockingQueue<>(properties.queueCapacity()),
                r -> {
                    Thread t = new Thread(r, "import-" + n.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                },
                new ThreadPoolExecutor.AbortPolicy());
    }
}
