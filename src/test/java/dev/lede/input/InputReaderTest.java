package dev.lede.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputReaderTest {

  private static final String PAGE =
      "<!doctype html><html><head><title>Bakery wins award | Wexbury Courier</title>"
          + "<meta property=\"og:site_name\" content=\"Wexbury Courier\">"
          + "<meta property=\"article:published_time\" content=\"2024-03-01T07:00:00Z\"></head>"
          + "<body><nav><a href=\"/\">Home</a></nav><article><h1>Bakery wins county award</h1>"
          + "<p>A bakery on Mill Street has won the county's prize for the best loaf, its owners said.</p>"
          + "<p>The judges tasted sixty loaves from forty bakeries over two days in February.</p>"
          + "</article><footer>All rights reserved.</footer></body></html>";

  private static final String BODY =
      "A bakery on Mill Street has won the county's prize for the best loaf, its owners said.\n\n"
          + "The judges tasted sixty loaves from forty bakeries over two days in February.";

  @TempDir Path dir;

  private Article read(String name, String content, InputFormat format) throws IOException, InputException {
    Path file = dir.resolve(name);
    Files.writeString(file, content);
    return new InputReader(1 << 20, InputStream.nullInputStream(), format).read(new Input.FileInput(name, file));
  }

  private Article readBytes(String name, byte[] content) throws IOException, InputException {
    Path file = dir.resolve(name);
    Files.write(file, content);
    return new InputReader(1 << 20, InputStream.nullInputStream(), InputFormat.AUTO)
        .read(new Input.FileInput(name, file));
  }

  @Test
  void aPageWithAFewNulBytesInItsMarkupIsReadAsBrowsersRenderIt() throws Exception {
    byte[] page = PAGE.replace("<article>", "<article\0>").replace("<footer>", "<foo\0ter>").getBytes(StandardCharsets.UTF_8);
    assertThat(readBytes("nul.html", page).text()).endsWith(BODY);
    // a text file keeps being refused, and so does a page made mostly of NULs
    assertThatThrownBy(() -> readBytes("nul.txt", "A line of text.\0".getBytes(StandardCharsets.UTF_8)))
        .hasMessageContaining("NUL");
    assertThatThrownBy(() -> readBytes("binary.html", ("<html>" + "\0".repeat(100) + "x").getBytes(StandardCharsets.UTF_8)))
        .hasMessageContaining("NUL");
  }

  @Test
  void aPageThatIsNotUtf8IsReadInTheCharsetItsMetaDeclares() throws Exception {
    String body = "<p>The Kyiv Post spelled the city \u041a\u0438\u0457\u0432 in its first line today.</p>";
    String declared = "<html><head><meta charset=\"windows-1251\"><title>Kyiv</title></head><body>" + body + "</body></html>";
    String undeclared = "<html><head><title>Caf\u00e9</title></head><body><p>The caf\u00e9 on the quay reopened on Monday.</p></body></html>";

    Article cyrillic = readBytes("kyiv.html", declared.getBytes(java.nio.charset.Charset.forName("windows-1251")));
    Article latin = readBytes("cafe.html", undeclared.getBytes(StandardCharsets.ISO_8859_1));

    assertThat(cyrillic.text()).contains("\u041a\u0438\u0457\u0432");
    assertThat(cyrillic.warning()).isNull();
    assertThat(latin.text()).contains("caf\u00e9 on the quay");
    assertThat(latin.warning()).contains("Windows-1252");
  }

  @Test
  void anHtmlFileBecomesItsArticleWithTheHeadlineAsFirstLine() throws Exception {
    Article article = read("bakery.html", PAGE, InputFormat.AUTO);

    assertThat(article.title()).isEqualTo("Bakery wins county award");
    assertThat(article.text()).isEqualTo("Bakery wins county award\n\n" + BODY);
    assertThat(article.bodyStart()).isEqualTo("Bakery wins county award".length());
    assertThat(article.published()).isEqualTo("2024-03-01T07:00:00Z");
    assertThat(article.source()).isEqualTo("bakery.html");
  }

  @Test
  void htmlIsToldByNameOrByItsOpeningUnlessTheFormatIsForced() throws Exception {
    String fragment = "<p>First paragraph of the story, told in a fragment.</p><p>Second one.</p><p>Third.</p>";
    assertThat(read("page.htm", "<p>Only a line, but the name says HTML.</p>", InputFormat.AUTO).text())
        .isEqualTo("Only a line, but the name says HTML.");
    assertThat(read("saved.txt", PAGE, InputFormat.AUTO).title()).isEqualTo("Bakery wins county award");
    assertThat(read("fragment.txt", fragment, InputFormat.AUTO).text()).doesNotContain("<p>");

    assertThat(read("bakery.html", PAGE, InputFormat.TEXT).text()).isEqualTo(PAGE);
    assertThat(read("plain.txt", "Text that <b>looks</b> like nothing much.", InputFormat.HTML).text())
        .isEqualTo("Text that looks like nothing much.");
  }

  @Test
  void standardInputIsSniffed() throws Exception {
    InputReader reader =
        new InputReader(1 << 20, new ByteArrayInputStream(PAGE.getBytes(StandardCharsets.UTF_8)), InputFormat.AUTO);
    assertThat(reader.read(new Input.StdinInput()).published()).isEqualTo("2024-03-01T07:00:00Z");
  }

  @Test
  void aPageWithoutArticleTextIsEmpty() {
    String page = "<html><body><nav><a href=\"/\">Home</a></nav><script>run()</script></body></html>";
    assertThatThrownBy(() -> read("menu.html", page, InputFormat.AUTO))
        .isInstanceOfSatisfying(InputException.class, e -> assertThat(e.error()).isEqualTo(InputError.EMPTY))
        .hasMessageContaining("no article text");
  }

  @Test
  void plainTextStaysAsItIs() throws Exception {
    String text = "Bakery wins county award\n\n" + BODY + "\n";
    Article article = read("bakery.txt", text, InputFormat.AUTO);
    assertThat(article.text()).isEqualTo(text);
    assertThat(article.title()).isEqualTo("Bakery wins county award");
    assertThat(article.published()).isNull();
  }

  @Test
  void bytesInMemoryAreReadAsTheFileOfTheirName() throws Exception {
    Map<String, byte[]> inputs = new LinkedHashMap<>();
    inputs.put("bakery.html", PAGE.getBytes(StandardCharsets.UTF_8));
    inputs.put("saved.txt", PAGE.getBytes(StandardCharsets.UTF_8));
    inputs.put("plain.txt", BODY.getBytes(StandardCharsets.UTF_8));
    inputs.put("cafe.txt", "The caf\u00e9 on the quay reopened.".getBytes(StandardCharsets.ISO_8859_1));
    inputs.put("wide.txt", ("\ufeff" + BODY).getBytes(StandardCharsets.UTF_16BE));
    InputReader reader = new InputReader(1 << 20, InputStream.nullInputStream(), InputFormat.AUTO);

    for (Map.Entry<String, byte[]> input : inputs.entrySet()) {
      Article fromFile = readBytes(input.getKey(), input.getValue());
      Article fromBytes = reader.read(new Input.Bytes(input.getKey(), input.getValue()));
      assertThat(fromBytes).as(input.getKey()).isEqualTo(fromFile);
    }
    assertThat(reader.read(new Input.Bytes("file:/crawl/bakery.html", PAGE.getBytes(StandardCharsets.UTF_8))).title())
        .isEqualTo("Bakery wins county award");
  }

  @Test
  void bytesOverTheLimitOrNotTextFailAsTheirFileWould() throws Exception {
    InputReader reader = new InputReader(16, InputStream.nullInputStream(), InputFormat.AUTO);
    byte[] large = "Seventeen bytes!!".getBytes(StandardCharsets.UTF_8);
    byte[] binary = {'P', 'K', 3, 4, 0, 0, 0, 8};

    for (byte[] content : List.of(large, binary)) {
      Path file = dir.resolve("input.txt");
      Files.write(file, content);
      InputException fromFile = catchThrowableOfType(
          InputException.class, () -> reader.read(new Input.FileInput("input.txt", file)));
      InputException fromBytes = catchThrowableOfType(
          InputException.class, () -> reader.read(new Input.Bytes("input.txt", content)));
      assertThat(fromBytes.error()).isEqualTo(fromFile.error());
      assertThat(fromBytes).hasMessage(fromFile.getMessage());
    }
    assertThat(catchThrowableOfType(InputException.class, () -> reader.read(new Input.Bytes("a", large))).error())
        .isEqualTo(InputError.TOO_LARGE);
    assertThat(catchThrowableOfType(InputException.class, () -> reader.read(new Input.Bytes("a", binary))).error())
        .isEqualTo(InputError.NOT_TEXT);
  }
}
