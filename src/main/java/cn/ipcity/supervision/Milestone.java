package cn.ipcity.supervision;

import java.time.LocalDate;
import java.util.List;

/** A milestone of a task's annual work plan (年度推进计划). */
public record Milestone(
        long id,
        String programCode,
        String sectionNumber,
        String taskNumber,
        int planYear,
        String title,
        LocalDate dueDate,
        long ownerUnitId,
        String ownerUnitName,
        List<String> indicatorCodes,
        MilestoneStatus status,
        LocalDate completedOn,
        int version) {}
