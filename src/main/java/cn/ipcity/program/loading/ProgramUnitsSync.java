package cn.ipcity.program.loading;

import cn.ipcity.jurisdiction.GovernmentUnits;
import cn.ipcity.program.Program;
import cn.ipcity.program.Programs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Registers every responsible unit named by a program as a government unit of the program's jurisdiction. */
@Component
@Order(10)
class ProgramUnitsSync implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ProgramUnitsSync.class);

    private final Programs programs;
    private final GovernmentUnits units;

    ProgramUnitsSync(Programs programs, GovernmentUnits units) {
        this.programs = programs;
        this.units = units;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (Program program : programs.all()) {
            int created = units.ensure(program.jurisdictionCode(), program.allUnits());
            if (created > 0) {
                log.info("Registered {} government units of program {}", created, program.code());
            }
        }
    }
}
