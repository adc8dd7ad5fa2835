package app.accord.outreach.staff;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LinkedTextTests {

	@Test
	void aSignInLinkBecomesAClickableAnchor() {
		assertThat(LinkedText.html("Sign in: https://accord.example/signin?token=a1&next=/teams"))
			.isEqualTo("Sign in: <a href=\"https://accord.example/signin?token=a1&amp;next=/teams\" "
					+ "rel=\"noopener noreferrer nofollow\">https://accord.example/signin?token=a1&amp;next=/teams</a>");
	}

	@Test
	void markupInTheTextIsEscapedNotRendered() {
		assertThat(LinkedText.html("<script>alert('x')</script> & <b>bold</b>"))
			.isEqualTo("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt;");
	}

	@Test
	void onlyHttpAndHttpsAddressesBecomeLinks() {
		var html = LinkedText.html("javascript:alert(1) data:text/html,<script>x</script> ftp://files.example/a");
		assertThat(html).doesNotContain("<a").doesNotContain("<script>");
	}

	@Test
	void aJavascriptUrlDisguisedAroundAnAddressStaysText() {
		var html = LinkedText.html("javascript://https://accord.example/%0Aalert(1)");
		assertThat(html).doesNotContain("href=\"javascript").contains("href=\"https://accord.example/%0Aalert(1)\"");
	}

	@Test
	void anAddressCannotBreakOutOfItsAttribute() {
		var html = LinkedText
			.html("https://evil.example/\"onmouseover=\"alert(1) and https://evil.example/'x'<img src=x>");
		assertThat(html).contains("<a href=\"https://evil.example/\" ")
			.contains("&quot;onmouseover=&quot;alert(1)")
			.contains("&lt;img src=x&gt;")
			.doesNotContain("<img")
			.doesNotContain("\"onmouseover");
	}

	@Test
	void punctuationAfterAnAddressIsNotPartOfIt() {
		assertThat(LinkedText.html("See https://accord.example/a. Or (https://accord.example/b), "
				+ "or https://en.wikipedia.org/wiki/Accord_(disambiguation)!"))
			.contains(">https://accord.example/a</a>. Or")
			.contains(">https://accord.example/b</a>),")
			.contains(">https://en.wikipedia.org/wiki/Accord_(disambiguation)</a>!");
	}

	@Test
	void lineBreaksAreKeptForTheMailBodyToShow() {
		assertThat(LinkedText.html("Hello,\nhttps://accord.example\n\nBye")).startsWith("Hello,\n<a ")
			.endsWith("</a>\n\nBye");
	}

	@Test
	void nothingBecomesEmpty() {
		assertThat(LinkedText.html(null)).isEmpty();
		assertThat(LinkedText.html("https:// nothing")).doesNotContain("<a");
	}

}
