package cn.ipcity.database;

import javax.sql.DataSource;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The zero-configuration default: with no {@code spring.datasource.url} (IPCITY_DB_URL) set, run PostgreSQL
 * embedded. Defining a DataSource bean makes Boot's own datasource auto-configuration step back.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isBlank()")
class EmbeddedDatabaseConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedPostgresServer embeddedPostgresServer(EmbeddedDatabaseProperties properties) {
        return EmbeddedPostgresServer.start(properties);
    }

    @Bean
    DataSource dataSource(EmbeddedPostgresServer server) {
        return server.dataSource();
    }

    @Bean
    EmbeddedDatabaseMode embeddedDatabaseMode() {
        return new EmbeddedDatabaseMode();
    }
}
