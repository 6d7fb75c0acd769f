package cn.ipcity.web;

import cn.ipcity.jurisdiction.Jurisdiction;
import cn.ipcity.jurisdiction.Jurisdictions;
import org.springframework.stereotype.Component;

/** Lets templates show a jurisdiction's name for a code: {@code ${@jurisdictionNames.of(code)}}. */
@Component("jurisdictionNames")
class JurisdictionNames {

    private final Jurisdictions jurisdictions;

    JurisdictionNames(Jurisdictions jurisdictions) {
        this.jurisdictions = jurisdictions;
    }

    public String of(String code) {
        return code == null
                ? ""
                : jurisdictions.find(code).map(Jurisdiction::name).orElse(code);
    }
}
