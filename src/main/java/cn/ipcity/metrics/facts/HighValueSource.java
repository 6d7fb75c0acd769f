package cn.ipcity.metrics.facts;

import org.springframework.stereotype.Component;

/**
 * The high-value rules the patent facts are derived with, and their version (a change of the SEI table or of a
 * pledge threshold changes it, and the patent facts are rebuilt).
 */
@Component
class HighValueSource {

    PatentFacts.HighValueSince since() {
        return PatentFacts.HighValueSince.NONE;
    }

    String version() {
        return "none";
    }
}
