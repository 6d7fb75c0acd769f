package cn.ipcity.supervision;

/** A task of a program assigned to one unit, as lead (牵头) or co-unit (配合). */
public record Assignment(
        long id,
        String programCode,
        String sectionNumber,
        String taskNumber,
        String taskTitle,
        long unitId,
        String unitName,
        UnitRole unitRole,
        AssignmentStatus status,
        int percentComplete,
        int version) {

    public enum UnitRole {
        LEAD,
        CO
    }
}
