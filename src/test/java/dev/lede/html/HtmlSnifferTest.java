package dev.lede.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlSnifferTest {

  @Test
  void documentsAreHtmlAfterBomSpaceCommentsAndXmlDeclaration() {
    assertThat(HtmlSniffer.looksLikeHtml("<!DOCTYPE html>\n<html><body>x</body></html>")).isTrue();
    assertThat(HtmlSniffer.looksLikeHtml("\uFEFF  \n<!-- saved page -->\n<html lang=\"en\">")).isTrue();
    assertThat(HtmlSniffer.looksLikeHtml("<?xml version=\"1.0\"?>\n<!doctype html>")).isTrue();
    assertThat(HtmlSniffer.looksLikeHtml("<head><title>t</title></head>")).isTrue();
  }

  @Test
  void fragmentsWithSeveralBlockTagsAreHtml() {
    assertThat(HtmlSniffer.looksLikeHtml("<p>One.</p>\n<p>Two.</p>\n<p class=\"x\">Three.</p>")).isTrue();
    assertThat(HtmlSniffer.looksLikeHtml("<div><h2>Head</h2><p>Text.</p></div>")).isTrue();
  }

  @Test
  void plainTextIsNot() {
    assertThat(HtmlSniffer.looksLikeHtml("Harbour council approves ferry route\n\nThe council voted.")).isFalse();
    assertThat(HtmlSniffer.looksLikeHtml("Web editors wrap paragraphs in <p> tags, she said.")).isFalse();
    assertThat(HtmlSniffer.looksLikeHtml("Headers like <header> are not <html> documents.")).isFalse();
    assertThat(HtmlSniffer.looksLikeHtml("")).isFalse();
  }
}
