package id.spbe.analytics.pipeline.ingest;

import id.spbe.analytics.pipeline.quarantine.ReasonCode;

import static org.assertj.core.api.Assertions.assertThat;

import id.spbe.analytics.pipeline.SharedSpark;
import java.io.IOException;
import java.nio.file.Files;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** docs/inputs.md names everything a planner can write or be told: change the code and the page together. */
class InputsDocTest {
  private static String doc;

  @BeforeAll
  static void read() throws IOException {
    doc = Files.readString(SharedSpark.repoRoot().resolve("docs/inputs.md"));
  }

  @Test
  void everyColumnAliasIsListed() {
    for (Field field : Field.values()) {
      assertThat(doc).as(field.name()).contains(String.join(", ", field.aliases().stream().map(a -> "`" + a + "`").toList()));
    }
  }

  @Test
  void everyKindWithItsNamePrefixesAndTemplateIsListed() {
    for (InputKind kind : InputKind.values()) {
      assertThat(doc).contains("| `" + kind.id() + "` | "
          + String.join(", ", kind.namePrefixes().stream().map(p -> "`" + p + "`").toList()) + " |");
      assertThat(doc).contains("`" + InputTemplate.fileName(kind, InputFormat.CSV).replace(".csv", "") + "`");
    }
  }

  @Test
  void everyReasonAndFileProblemCodeIsExplained() {
    for (ReasonCode code : ReasonCode.values()) {
      assertThat(doc).contains("| `" + code.name() + "` |");
    }
    for (FileProblemCode code : FileProblemCode.values()) {
      assertThat(doc).contains("| `" + code.name() + "` |");
    }
  }
}
