/** Realistic, seeded IP data written as import files in the shipped formats (demo data and benchmarks). */
@org.springframework.modulith.ApplicationModule(
        displayName = "Generator",
        allowedDependencies = {"common"})
package cn.ipcity.generator;
