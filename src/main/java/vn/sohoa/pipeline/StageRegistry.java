package vn.sohoa.pipeline;

import java.util.ArrayList;
import java.util.List;

/** The stages that exist, in the order a page flows through them. Only built stages are registered. */
public final class StageRegistry {

    private final List<Stage> stages = new ArrayList<>();

    public StageRegistry register(Stage stage) {
        if (stages.stream().anyMatch(s -> s.name().equals(stage.name()))) {
            throw new IllegalArgumentException("a stage named " + stage.name() + " is already registered");
        }
        stages.add(stage);
        return this;
    }

    public List<Stage> all() {
        return List.copyOf(stages);
    }

    public List<PageStage> pageStages() {
        return stages.stream().filter(PageStage.class::isInstance).map(PageStage.class::cast).toList();
    }

    public List<DocumentStage> documentStages() {
        return stages.stream().filter(DocumentStage.class::isInstance).map(DocumentStage.class::cast).toList();
    }

    public List<String> names() {
        return stages.stream().map(Stage::name).toList();
    }
}
