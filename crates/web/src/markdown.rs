//! Markdown written by the public, rendered so that it cannot act.
//!
//! Two layers: pulldown-cmark renders CommonMark with raw HTML turned into
//! visible text, then ammonia cleans the result with an allow-list (no
//! scripts, no event handlers, no `javascript:` or `data:` URLs, no images
//! that would load remote content) and gives links `rel="nofollow ugc noopener"`.

use pulldown_cmark::{Event, HeadingLevel, Options, Parser, Tag, TagEnd};
use std::collections::HashSet;
use std::sync::OnceLock;

fn sanitiser() -> &'static ammonia::Builder<'static> {
    static BUILDER: OnceLock<ammonia::Builder<'static>> = OnceLock::new();
    BUILDER.get_or_init(|| {
        let mut builder = ammonia::Builder::default();
        builder
            .url_schemes(HashSet::from(["http", "https", "mailto"]))
            .link_rel(Some("nofollow ugc noopener"))
            .rm_tags(["img"])
            .clean_content_tags(HashSet::from(["script", "style"]));
        builder
    })
}

/// Staff-written guides: the same two layers, but images are allowed when they are the
/// organisation's own re-encoded uploads (`/help/{org}/images/{id}`), never remote.
fn guide_sanitiser() -> &'static ammonia::Builder<'static> {
    static BUILDER: OnceLock<ammonia::Builder<'static>> = OnceLock::new();
    BUILDER.get_or_init(|| {
        let mut builder = ammonia::Builder::default();
        builder
            .url_schemes(HashSet::from(["http", "https", "mailto"]))
            .link_rel(Some("noopener"))
            .add_tag_attributes("img", ["src", "alt", "title"])
            .attribute_filter(|element, attribute, value| {
                if element == "img" && attribute == "src" && !is_guide_image(value) { None } else { Some(value.into()) }
            })
            .clean_content_tags(HashSet::from(["script", "style"]));
        builder
    })
}

/// Whether a URL is an uploaded guide image on this server: `/help/{org}/images/{digits}`.
fn is_guide_image(url: &str) -> bool {
    let Some(rest) = url.strip_prefix("/help/") else { return false };
    let mut parts = rest.split('/');
    matches!(
        (parts.next(), parts.next(), parts.next(), parts.next()),
        (Some(org), Some("images"), Some(id), None)
            if !org.is_empty() && org.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
                && !id.is_empty() && id.chars().all(|c| c.is_ascii_digit())
    )
}

/// Safe HTML for a guide's Markdown (headings demoted, raw HTML shown as text, only own images).
pub fn render_guide(markdown: &str) -> String {
    guide_sanitiser().clean(&to_html(markdown, is_guide_image, guide_level)).to_string()
}

/// HTML from a received e-mail, made safe to show: no scripts, no styles (hidden-text
/// tricks), no images or other remote content, links inert to the opener and marked.
pub fn clean_mail_html(html: &str) -> String {
    static BUILDER: OnceLock<ammonia::Builder<'static>> = OnceLock::new();
    BUILDER
        .get_or_init(|| {
            let mut builder = ammonia::Builder::default();
            builder
                .url_schemes(HashSet::from(["http", "https", "mailto"]))
                .link_rel(Some("nofollow noopener noreferrer"))
                .rm_tags(["img"])
                .clean_content_tags(HashSet::from(["script", "style", "title", "head"]));
            builder
        })
        .clean(html)
        .to_string()
}

/// A guide is the page: its headings start at level 2, under the page's h1 (the title).
/// `#` and `##` both become h2, so the outline never skips a level.
fn guide_level(level: HeadingLevel) -> HeadingLevel {
    match level {
        HeadingLevel::H1 | HeadingLevel::H2 => HeadingLevel::H2,
        other => other,
    }
}

/// Headings inside a post start at level 3: the page's own h1/h2 stay the outline.
fn demote(level: HeadingLevel) -> HeadingLevel {
    match level {
        HeadingLevel::H1 => HeadingLevel::H3,
        HeadingLevel::H2 => HeadingLevel::H4,
        HeadingLevel::H3 => HeadingLevel::H5,
        _ => HeadingLevel::H6,
    }
}

/// Safe HTML for a post's Markdown.
pub fn render(markdown: &str) -> String {
    sanitiser().clean(&to_html(markdown, |_| false, demote)).to_string()
}

/// CommonMark to HTML with raw HTML turned into text, headings moved by `level`, and images
/// whose address `image_allowed` refuses reduced to their alt text (not yet cleaned).
fn to_html(markdown: &str, image_allowed: fn(&str) -> bool, level: fn(HeadingLevel) -> HeadingLevel) -> String {
    let options = Options::ENABLE_STRIKETHROUGH | Options::ENABLE_TABLES;
    // Images nest (an image's alt text is events between its start and end); count the refused ones open.
    let mut refused_open = 0usize;
    let events = Parser::new_ext(markdown, options).map(move |event| match event {
        Event::Start(Tag::Image { ref dest_url, .. }) if refused_open > 0 || !image_allowed(dest_url) => {
            refused_open += 1;
            Event::Text("".into())
        }
        Event::End(TagEnd::Image) if refused_open > 0 => {
            refused_open -= 1;
            Event::Text("".into())
        }
        // Raw HTML is shown as the text it is, never interpreted.
        Event::Html(text) | Event::InlineHtml(text) => Event::Text(text),
        Event::Start(Tag::Heading { level: l, id, classes, attrs }) => {
            Event::Start(Tag::Heading { level: level(l), id, classes, attrs })
        }
        Event::End(TagEnd::Heading(l)) => Event::End(TagEnd::Heading(level(l))),
        other => other,
    });
    let mut html = String::with_capacity(markdown.len() * 2);
    pulldown_cmark::html::push_html(&mut html, events);
    html
}

/// The text of a post without markup, for excerpts and page descriptions.
pub fn plain_text(markdown: &str) -> String {
    let mut out = String::with_capacity(markdown.len());
    for event in Parser::new(markdown) {
        match event {
            Event::Text(t) | Event::Code(t) | Event::Html(t) | Event::InlineHtml(t) => out.push_str(&t),
            Event::SoftBreak
            | Event::HardBreak
            | Event::End(
                TagEnd::Paragraph
                | TagEnd::Heading(_)
                | TagEnd::Item
                | TagEnd::CodeBlock
                | TagEnd::BlockQuote(_)
                | TagEnd::TableCell,
            ) if !out.ends_with(' ') => out.push(' '),
            _ => {}
        }
    }
    out.trim().to_owned()
}

/// The first `max` characters of `text`, cut at a word boundary, with "…" when cut.
pub fn shorten(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_owned();
    }
    let cut: String = text.chars().take(max).collect();
    let cut = cut.rsplit_once(' ').map_or(cut.as_str(), |(head, _)| head);
    format!("{}…", cut.trim_end())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_get_rel_and_bad_schemes_go() {
        let html = render("[ok](https://example.org) [bad](javascript:alert(1)) [data](data:text/html,x)");
        assert!(html.contains(r#"<a href="https://example.org" rel="nofollow ugc noopener">ok</a>"#), "{html}");
        assert!(!html.contains("javascript:"), "{html}");
        assert!(!html.contains("data:"), "{html}");
    }

    #[test]
    fn raw_html_is_text() {
        let html = render("<script>alert(1)</script> <b onclick=x>hi</b>");
        assert!(!html.contains("<script"), "{html}");
        assert!(!html.contains("<b"), "{html}");
        assert!(html.contains("&lt;script&gt;"), "{html}");
    }

    #[test]
    fn headings_are_demoted_and_images_dropped() {
        let html = render("# Rubrik\n\n![x](https://tracker.example/p.gif)");
        assert!(html.contains("<h3>Rubrik</h3>"), "{html}");
        assert!(!html.contains("<img"), "{html}");
    }

    #[test]
    fn plain_text_and_shorten() {
        assert_eq!(plain_text("**Hej** på _dig_\n\n- ett"), "Hej på dig ett");
        assert_eq!(shorten("ett två tre", 6), "ett…");
        assert_eq!(shorten("kort", 10), "kort");
    }
}
