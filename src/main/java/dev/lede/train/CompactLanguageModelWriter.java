package dev.lede.train;

import dev.lede.analysis.Models;
import dev.lede.inference.CompactLanguageModel;
import dev.lede.inference.ModelResources;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * Build step (process-classes, see pom.xml): writes the compact form of Apache's language model,
 * read from its Maven Central artifact on the classpath, to the file given as the only argument
 * (target/classes + {@link CompactLanguageModel#RESOURCE}).
 */
public final class CompactLanguageModelWriter {

  private CompactLanguageModelWriter() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      throw new IllegalArgumentException("usage: CompactLanguageModelWriter OUTPUT-FILE");
    }
    Path output = Path.of(args[0]);
    CompactLanguageModel model =
        CompactLanguageModel.of(ModelResources.load(Models.LANGUAGE_MODEL, LanguageDetectorModel::new));
    Files.createDirectories(output.toAbsolutePath().getParent());
    Path partial = output.resolveSibling(output.getFileName() + ".partial");
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(partial), 1 << 16)) {
      model.write(out);
    }
    Files.move(partial, output, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
  }
}
