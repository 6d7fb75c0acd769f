package cn.ipcity.program;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param directory an optional folder with further program files ({@code *.yml} with a {@code sources/}
 *     folder beside them), so an office can add its own program without rebuilding ipcity
 */
@ConfigurationProperties("ipcity.programs")
public record ProgramProperties(String directory) {}
