//! Bar charts drawn as inline SVG on the server: no chart library, no script, no
//! outside resource. Each chart names its axes and carries a title for assistive
//! technology; the page puts the same figures in a table under it.

use std::fmt::Write;

/// A bar chart to draw.
pub struct BarChart<'a> {
    /// Unique on the page; used for the title's id.
    pub id: &'a str,
    pub title: &'a str,
    pub x_axis: &'a str,
    pub y_axis: &'a str,
    /// One label and value per bar, in order.
    pub bars: &'a [(String, f64)],
}

const WIDTH: f64 = 760.0;
const HEIGHT: f64 = 280.0;
const LEFT: f64 = 64.0;
const RIGHT: f64 = 16.0;
const TOP: f64 = 16.0;
const BOTTOM: f64 = 56.0;
/// Most x labels written; the others are left out evenly (every bar keeps its tooltip).
const MAX_X_LABELS: usize = 12;

/// Escapes text for SVG/HTML content and attributes.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// The smallest 1, 2 or 5 × 10ⁿ step that splits `max` into at most five parts.
fn tick_step(max: f64) -> f64 {
    if max <= 0.0 {
        return 1.0;
    }
    let raw = max / 5.0;
    let magnitude = 10f64.powf(raw.log10().floor());
    [1.0, 2.0, 5.0, 10.0].iter().map(|m| m * magnitude).find(|step| *step >= raw).unwrap_or(10.0 * magnitude)
}

fn number(value: f64) -> String {
    if value.fract() == 0.0 { format!("{value:.0}") } else { format!("{value:.1}") }
}

impl BarChart<'_> {
    /// The chart as an `<svg>` element.
    pub fn svg(&self) -> String {
        let max = self.bars.iter().map(|(_, v)| *v).fold(0.0, f64::max);
        let step = tick_step(max);
        let top_value = (max / step).ceil().max(1.0) * step;
        let plot_w = WIDTH - LEFT - RIGHT;
        let plot_h = HEIGHT - TOP - BOTTOM;
        let y_of = |v: f64| TOP + plot_h - v / top_value * plot_h;
        let title_id = format!("chart-{}-title", escape(self.id));
        let mut s = String::new();
        let _ = write!(
            s,
            r#"<svg class="chart" viewBox="0 0 {WIDTH} {HEIGHT}" role="img" aria-labelledby="{title_id}" xmlns="http://www.w3.org/2000/svg"><title id="{title_id}">{}</title>"#,
            escape(self.title)
        );
        // Grid lines and y-axis values.
        let mut v = 0.0;
        while v <= top_value + step / 2.0 {
            let y = y_of(v);
            let _ = write!(
                s,
                r##"<line x1="{LEFT}" x2="{}" y1="{y:.1}" y2="{y:.1}" stroke="#d0d4da"/><text x="{}" y="{:.1}" text-anchor="end" font-size="12" fill="#222">{}</text>"##,
                WIDTH - RIGHT,
                LEFT - 6.0,
                y + 4.0,
                number(v)
            );
            v += step;
        }
        let n = self.bars.len().max(1) as f64;
        let slot = plot_w / n;
        let bar_w = (slot * 0.8).max(1.0);
        let label_every = self.bars.len().div_ceil(MAX_X_LABELS).max(1);
        for (i, (label, value)) in self.bars.iter().enumerate() {
            let x = LEFT + slot * i as f64 + (slot - bar_w) / 2.0;
            let y = y_of(*value);
            let _ = write!(
                s,
                r##"<rect x="{x:.1}" y="{y:.1}" width="{bar_w:.1}" height="{:.1}" fill="#1d4f91"><title>{}: {}</title></rect>"##,
                (TOP + plot_h - y).max(0.0),
                escape(label),
                number(*value)
            );
            if i % label_every == 0 {
                let _ = write!(
                    s,
                    r##"<text x="{:.1}" y="{:.1}" text-anchor="middle" font-size="12" fill="#222">{}</text>"##,
                    x + bar_w / 2.0,
                    TOP + plot_h + 16.0,
                    escape(label)
                );
            }
        }
        // Axes and their names.
        let _ = write!(
            s,
            r##"<line x1="{LEFT}" x2="{LEFT}" y1="{TOP}" y2="{:.1}" stroke="#222"/><line x1="{LEFT}" x2="{:.1}" y1="{:.1}" y2="{:.1}" stroke="#222"/>"##,
            TOP + plot_h,
            WIDTH - RIGHT,
            TOP + plot_h,
            TOP + plot_h
        );
        let _ = write!(
            s,
            r##"<text x="{:.1}" y="{:.1}" text-anchor="middle" font-size="13" fill="#222">{}</text><text transform="translate(16 {:.1}) rotate(-90)" text-anchor="middle" font-size="13" fill="#222">{}</text></svg>"##,
            LEFT + plot_w / 2.0,
            HEIGHT - 12.0,
            escape(self.x_axis),
            TOP + plot_h / 2.0,
            escape(self.y_axis)
        );
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn steps_are_round() {
        assert_eq!(tick_step(0.0), 1.0);
        assert_eq!(tick_step(4.0), 1.0);
        assert_eq!(tick_step(9.0), 2.0);
        assert_eq!(tick_step(23.0), 5.0);
        assert_eq!(tick_step(480.0), 100.0);
    }

    #[test]
    fn bars_scale_labels_are_escaped_and_axes_named() {
        let bars = vec![("<a>".to_owned(), 10.0), ("b".to_owned(), 5.0)];
        let svg = BarChart { id: "t", title: "Volym & tid", x_axis: "Dag", y_axis: "Antal", bars: &bars }.svg();
        assert!(svg.starts_with("<svg") && svg.ends_with("</svg>"));
        assert!(svg.contains("&lt;a&gt;: 10") && !svg.contains("<a>"));
        assert!(svg.contains("Volym &amp; tid") && svg.contains(">Dag<") && svg.contains(">Antal<"));
        assert_eq!(svg.matches("<rect").count(), 2);
        // The taller bar is twice the shorter one (plot height 208, top value 10).
        assert!(svg.contains(r#"height="208.0""#) && svg.contains(r#"height="104.0""#));
    }

    #[test]
    fn many_bars_get_at_most_twelve_labels() {
        let bars: Vec<(String, f64)> = (0..366).map(|i| (format!("d{i}"), 1.0)).collect();
        let svg = BarChart { id: "y", title: "År", x_axis: "Dag", y_axis: "Antal", bars: &bars }.svg();
        assert_eq!(svg.matches("<rect").count(), 366);
        let labels = svg.matches(r#"text-anchor="middle" font-size="12""#).count();
        assert!((1..=MAX_X_LABELS).contains(&labels), "{labels} labels");
    }
}
