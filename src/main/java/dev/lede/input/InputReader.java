package dev.lede.input;

import dev.lede.html.ExtractedArticle;
import dev.lede.html.HtmlExtractor;
import dev.lede.html.HtmlSniffer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.util.Locale;
import org.jsoup.Jsoup;

/**
 * Reads and decodes one input into an {@link Article}, refusing inputs over a size limit. HTML
 * (by name, by its opening, or forced) becomes its extracted article: headline, body, time.
 */
public final class InputReader {

  private static final HtmlExtractor HTML = new HtmlExtractor();
  /** A page may hold at most one NUL byte in this many to be read as one (UTF-16 has every other). */
  private static final int MAX_NUL_SHARE = 100;

  private final long maxBytes;
  private final InputStream stdin;
  private final InputFormat format;

  public InputReader(long maxBytes, InputStream stdin) {
    this(maxBytes, stdin, InputFormat.AUTO);
  }

  public InputReader(long maxBytes, InputStream stdin, InputFormat format) {
    this.maxBytes = maxBytes;
    this.stdin = stdin;
    this.format = format;
  }

  public Article read(Input input) throws InputException {
    byte[] bytes;
    if (input instanceof Input.FileInput file) {
      bytes = readFile(file);
    } else if (input instanceof Input.Bytes given) {
      if (given.content().length > maxBytes) {
        throw tooLarge(given.content().length, maxBytes);
      }
      bytes = given.content();
    } else if (input instanceof Input.Unreadable bad) {
      throw new InputException(bad.error(), bad.message());
    } else {
      bytes = readStdin();
    }
    // a page may hold stray NUL bytes that a decoder would refuse: judged on the raw opening
    if (isHtml(input, new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1))) {
      bytes = withoutStrayNuls(bytes);
    }
    TextDecoder.Decoded decoded = TextDecoder.decode(bytes);
    if (isHtml(input, decoded.text())) {
      return fromHtml(input.source(), decoded.warning() == null ? decoded : declaredCharset(bytes, decoded));
    }
    return Article.of(input.source(), decoded.text(), decoded.warning());
  }

  /** Whether an input is read as a page: by the format forced, its name, or how {@code opening} reads. */
  private boolean isHtml(Input input, String opening) {
    return switch (format) {
      case TEXT -> false;
      case HTML -> true;
      case AUTO -> hasHtmlName(input) || HtmlSniffer.looksLikeHtml(opening);
    };
  }

  /**
   * A page with a few NUL bytes in its markup, without them: browsers skip them and render the
   * page. Many NULs (UTF-16 without a byte-order mark, a binary file) are left for the decoder
   * to refuse.
   */
  private static byte[] withoutStrayNuls(byte[] bytes) {
    int nuls = 0;
    for (byte b : bytes) {
      if (b == 0) {
        nuls++;
      }
    }
    if (nuls == 0 || nuls > bytes.length / MAX_NUL_SHARE) {
      return bytes;
    }
    byte[] kept = new byte[bytes.length - nuls];
    int at = 0;
    for (byte b : bytes) {
      if (b != 0) {
        kept[at++] = b;
      }
    }
    return kept;
  }

  private static boolean hasHtmlName(Input input) {
    String name;
    if (input instanceof Input.FileInput file && file.path().getFileName() != null) {
      name = file.path().getFileName().toString();
    } else if (input instanceof Input.Bytes) {
      name = input.source();
    } else {
      return false;
    }
    name = name.toLowerCase(Locale.ROOT);
    return name.endsWith(".html") || name.endsWith(".htm");
  }

  /**
   * A page that is not valid UTF-8 is read in the charset its {@code <meta>} declares, as a
   * browser would (jsoup finds the declaration); without one, Windows-1252 and its warning stay.
   */
  private static TextDecoder.Decoded declaredCharset(byte[] bytes, TextDecoder.Decoded fallback) {
    Charset declared;
    try {
      declared = Jsoup.parse(new ByteArrayInputStream(bytes), null, "").charset();
    } catch (IOException | RuntimeException e) {
      return fallback;
    }
    if (declared.equals(StandardCharsets.UTF_8)) {
      return fallback; // jsoup's default when nothing is declared, and these bytes are not UTF-8
    }
    return new TextDecoder.Decoded(new String(bytes, declared), null);
  }

  private static Article fromHtml(String source, TextDecoder.Decoded decoded) throws InputException {
    ExtractedArticle extracted = HTML.extract(decoded.text());
    if (extracted.text().isBlank()) {
      throw new InputException(InputError.EMPTY, "no article text in the HTML page");
    }
    return Article.titled(
        source, extracted.title(), extracted.text(), extracted.published(), decoded.warning());
  }

  private byte[] readFile(Input.FileInput file) throws InputException {
    try {
      long size = Files.size(file.path());
      if (size > maxBytes) {
        throw tooLarge(size, maxBytes);
      }
      try (InputStream in = Files.newInputStream(file.path())) {
        return readBounded(in);
      }
    } catch (NoSuchFileException e) {
      throw new InputException(InputError.IO, "no such file (deleted after it was listed?)", e);
    } catch (IOException e) {
      throw new InputException(InputError.IO, "cannot read: " + InputWalker.reason(e), e);
    }
  }

  private byte[] readStdin() throws InputException {
    try {
      return readBounded(stdin);
    } catch (IOException e) {
      throw new InputException(InputError.IO, "cannot read standard input: " + InputWalker.reason(e), e);
    }
  }

  /** Reads at most maxBytes; a stream that has more (a file that grew, a pipe) is refused. */
  private byte[] readBounded(InputStream in) throws IOException, InputException {
    byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
    if (bytes.length > maxBytes) {
      throw tooLarge(bytes.length, maxBytes);
    }
    return bytes;
  }

  /**
   * The error of an input of {@code size} bytes over the limit; public for a caller that knows
   * the size before reading (a distributed job does not read what it would refuse).
   */
  public static InputException tooLarge(long size, long maxBytes) {
    return new InputException(
        InputError.TOO_LARGE,
        "larger than --max-bytes (" + (size > maxBytes + 1 ? size + " bytes, " : "")
            + "limit " + maxBytes + " bytes)");
  }
}
