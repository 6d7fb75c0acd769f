package cn.ipcity.program;

import java.util.List;

/**
 * A numbered task of a program section.
 *
 * @param units responsible units in document order
 * @param lead the lead unit (牵头): the one the text names, else the first listed; null when no unit is named
 * @param subItems rows of an annex division-of-tasks table (任务分工表) that detail this task
 */
public record Task(String number, String title, String text, List<String> units, String lead, List<SubItem> subItems) {

    /** An annex row detailing a task, with its own units. */
    public record SubItem(String text, List<String> units) {}

    public List<String> coUnits() {
        return units.stream().filter(u -> !u.equals(lead)).toList();
    }
}
