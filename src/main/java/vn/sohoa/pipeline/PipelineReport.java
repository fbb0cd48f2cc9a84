package vn.sohoa.pipeline;

import java.time.Duration;
import java.util.Map;

/** What a pipeline run did, stage by stage, and whether the user stopped it. */
public record PipelineReport(Map<String, StageCount> stages, Duration elapsed, boolean cancelled) {

    /** Objects a stage did now, found already done, or failed on. */
    public record StageCount(long done, long skipped, long failed) {
    }

    public long failures() {
        return stages.values().stream().mapToLong(StageCount::failed).sum();
    }
}
