/**
 * The XSL stylesheet that turns an RSS feed opened in a browser into a readable Vietnamese
 * page: what a feed is, how to subscribe, and the items with their dates. Feed readers ignore it.
 */
import { RFC_822_MONTHS } from '../dates/dates';
import { escapeXml } from './feeds';

/** The Vietnamese texts the page shows (from `vi.feedPage`). */
export interface FeedPageText {
  notice: string;
  explain: string;
  address: string;
  latest: string;
  visit: string;
  published: string;
}

/**
 * XSLT 1.0 that shows an RSS 2.0 feed as an HTML page. Dates are RFC 822 in the feed
 * (`Mon, 08 Aug 2022 11:45:00 +0700`) and shown as the site shows them (`08/08/2022 11:45`).
 */
export function rssStylesheet(text: FeedPageText): string {
  const t = (s: string) => escapeXml(s);
  const monthChoice = RFC_822_MONTHS.map((name, i) => `<xsl:when test="$m = '${name}'">${String(i + 1).padStart(2, '0')}</xsl:when>`).join(
    '',
  );
  return `<?xml version="1.0" encoding="UTF-8"?>
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform" xmlns:atom="http://www.w3.org/2005/Atom">
<xsl:output method="html" encoding="UTF-8" indent="no" doctype-system="about:legacy-compat"/>
<xsl:template name="date">
<xsl:param name="d"/>
<xsl:variable name="m" select="substring($d, 9, 3)"/>
<xsl:value-of select="substring($d, 6, 2)"/>/<xsl:choose>${monthChoice}</xsl:choose>/<xsl:value-of select="substring($d, 13, 4)"/><xsl:text> </xsl:text><xsl:value-of select="substring($d, 18, 5)"/>
</xsl:template>
<xsl:template match="/">
<html lang="vi">
<head>
<meta charset="utf-8"/>
<meta name="viewport" content="width=device-width, initial-scale=1"/>
<title>RSS: <xsl:value-of select="rss/channel/title"/></title>
<style>
body{margin:0;font-family:system-ui,-apple-system,'Segoe UI',Roboto,'Noto Sans',Arial,sans-serif;color:#1f2937;background:#f8fafc;line-height:1.6}
header{background:#0b3b8c;color:#fff;padding:1rem}
header h1{margin:0;font-size:1.25rem}
main{max-width:48rem;margin:0 auto;padding:1rem}
a{color:#0b3b8c}
.notice{background:#fff;border-left:4px solid #b91c1c;padding:.75rem 1rem;margin:1rem 0}
.notice h2{margin:0 0 .25rem;font-size:1.1rem}
code{display:block;word-break:break-all;background:#e2e8f0;padding:.5rem;border-radius:4px;margin-top:.5rem}
ol{list-style:none;padding:0}
li{background:#fff;padding:.75rem 1rem;margin:.5rem 0;border-radius:4px}
li h3{margin:0;font-size:1.05rem}
.muted{color:#4b5563;font-size:.9rem}
</style>
</head>
<body>
<header><h1><xsl:value-of select="rss/channel/title"/></h1><p><xsl:value-of select="rss/channel/description"/></p></header>
<main>
<section class="notice" aria-labelledby="rss-notice">
<h2 id="rss-notice">${t(text.notice)}</h2>
<p>${t(text.explain)}</p>
<p><strong>${t(text.address)}:</strong><code><xsl:value-of select="rss/channel/atom:link[@rel='self']/@href"/></code></p>
<p><a href="{rss/channel/link}">${t(text.visit)} ›</a></p>
</section>
<h2>${t(text.latest)}</h2>
<ol>
<xsl:for-each select="rss/channel/item">
<li>
<h3><a href="{link}"><xsl:value-of select="title"/></a></h3>
<p class="muted">${t(text.published)} <xsl:call-template name="date"><xsl:with-param name="d" select="pubDate"/></xsl:call-template></p>
<p><xsl:value-of select="description"/></p>
</li>
</xsl:for-each>
</ol>
</main>
</body>
</html>
</xsl:template>
</xsl:stylesheet>
`;
}
