package cn.ipcity.database;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the embedded PostgreSQL, used only when no external datasource URL is configured.
 *
 * @param dataDirectory persistent folder of the cluster; survives restarts
 * @param port fixed port, or 0 for any free port
 * @param cleanOnStart wipe the folder before starting, and run without fsync and synchronous commit (tests only:
 *     such a throwaway cluster needs no durability)
 * @param orphanShutdownWait how long to wait for an orphaned postmaster to stop
 */
@ConfigurationProperties("ipcity.embedded-db")
public record EmbeddedDatabaseProperties(
        @DefaultValue("./data/pg") Path dataDirectory,
        @DefaultValue("0") int port,
        @DefaultValue("false") boolean cleanOnStart,
        @DefaultValue("30s") Duration orphanShutdownWait) {}
